import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/core/check/check";
import { bodyParagraph } from "../../src/core/document";
import { documentName, reportFileName } from "../../src/core/report/documentName";
import { htmlReport } from "../../src/core/report/htmlReport";

const TEXT = [
  "市统计局2026年党建工作总结",
  "2026年，在市直机关工委的领导下，局党组坚持以习近平新时代中国特色社会主义思想为指导，全年召开理论学习中心组学习XX次，现将有关情况报告如下。",
  "一、主要工作",
  "（一）加强政治建设。严格落实“三会一课”制度。",
  "二、存在问题",
  "理论学习的系统性还不够强。",
  "三、下步工作打算",
  "以高质量党建引领高质量发展。",
];
const paragraphs = TEXT.map(bodyParagraph);
const result = checkDocument(paragraphs);
const date = new Date(2026, 10, 23);

describe("the report page of one document", () => {
  const page = htmlReport([{ file: "市统计局2026年党建工作总结", result, ignored: 2 }], { date });

  it("gives the verdict and counts, then the findings, without the batch's table, chart or script", () => {
    const errors = result.findings.filter((f) => f.severity === "error").length;
    expect(errors).toBeGreaterThan(0);
    expect(page).toContain(`<title>党建材料检查结果</title>`);
    expect(page).toContain(
      `检查结论：<strong class="verdict fix">需要修改</strong>，${errors} 处错误、${result.findings.length - errors} 处建议。`
    );
    expect(page.match(/<li>/g)).toHaveLength(result.findings.length);
    expect(page).toContain("“XX”");
    expect(page).toContain("另有 2 处已在 Word 中忽略");
    expect(page).not.toMatch(/<table|<svg|<script/);
    expect(page).toContain(`<h2 id="file-1">市统计局2026年党建工作总结 `);
  });

  it("shortens a long quoted paragraph and escapes what it quotes", () => {
    const long = {
      rule: "format",
      severity: "warning" as const,
      message: "正文字体不是仿宋_GB2312。",
      paragraph: 1,
      start: 0,
      end: 80,
      text: `<b>${"字".repeat(77)}`,
    };
    const shown = htmlReport(
      [{ file: "a&b", result: { ...result, findings: [long] }, ignored: 0 }],
      { date }
    );
    expect(shown).toContain(`“&lt;b&gt;${"字".repeat(26)}…”`);
    expect(shown).toContain("a&amp;b");
  });

  it("keeps the batch page for several files", () => {
    const batch = htmlReport(
      [
        { file: "甲", result, ignored: 0 },
        { file: "乙", error: "不是 Word 文档" },
      ],
      { date }
    );
    expect(batch).toContain(
      "共 2 份材料，<strong>0</strong> 份可以提交，1 份需要修改，1 份无法读取。"
    );
    expect(batch).toMatch(/<table class="sortable">[\s\S]*<script>/);
    expect(batch).toContain(`<h2 id="file-2">2. 乙 `);
  });

  it("shows a batch of 10,000 a page of rows at a time, lays out findings as they come into view, and prints them all", () => {
    const outcomes = Array.from({ length: 10_000 }, (_, i) => ({
      file: `材料${i}`,
      result,
      ignored: 0,
    }));
    const page = htmlReport(outcomes, { date });
    const rows = page.match(/<tr( hidden)?>/g)!.slice(1);
    expect(rows.filter((r) => r === "<tr>")).toHaveLength(200);
    expect(rows.filter((r) => r === "<tr hidden>")).toHaveLength(9_800);
    expect(page).toContain("已显示前 200 份，共 10000 份");
    expect(page).toMatch(/section \{ content-visibility: auto;/);
    expect(page).toMatch(/@media print \{[^@]*tbody tr\[hidden\] \{ display: table-row; \}/);
  });
});

describe("what the report calls the document", () => {
  it("is its title, or nothing when it has none", () => {
    expect(documentName(paragraphs)).toBe("市统计局2026年党建工作总结");
    expect(documentName(TEXT.slice(1).map(bodyParagraph))).toBeUndefined();
  });

  it("makes a file name Windows and macOS accept", () => {
    expect(reportFileName("市统计局2026年党建工作总结", date)).toBe(
      "检查结果-市统计局2026年党建工作总结-20261123.html"
    );
    expect(reportFileName('关于"XX"的报告：2026/上半年?', date)).toBe(
      "检查结果-关于XX的报告：2026上半年-20261123.html"
    );
    expect(reportFileName("***", date)).toBe("检查结果-20261123.html");
  });
});
