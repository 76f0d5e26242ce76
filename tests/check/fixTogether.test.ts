import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/core/check/check";
import { fixesTogether, textFindingsInOrder } from "../../src/core/check/fixTogether";
import type { Finding } from "../../src/core/check/types";
import { MemoryDocument } from "../../src/host/memory/MemoryDocument";
import { MemoryHost } from "../../src/host/memory/MemoryHost";

const REPORT = [
  "市统计局2026年党建工作总结",
  "2026年，在市直机关工委的坚强领导下，局党组坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下。",
  "一、主要工作",
  "（一）加强政治建设。引导党员树牢“四个意识”、坚定“四个自信”、做到“两个维护”，，严格落实“三会一课”制度。",
  "（二）强化理论武装。深入学习贯彻党的二十大精神和二十届四中全会精神，，推动学习走深走实。",
  "二、存在问题",
  "理论学习的系统性还不够强。",
  "三、下步工作打算",
  "持续深化全面从严治党，，以高质量党建引领高质量发展。",
];

const finding = (paragraph: number, start: number, text: string, fix?: string): Finding => ({
  rule: "x",
  severity: "error",
  message: "",
  paragraph,
  start,
  end: start + text.length,
  text,
  ...(fix !== undefined ? { fix } : {}),
});

describe("fixes made together (全部修改)", () => {
  it("takes each finding's own fix in document order, leaving out overlapping ones and those without a fix", () => {
    const edits = fixesTogether([
      finding(3, 10, "XX", "12"),
      finding(0, 4, "某某", "市局"),
      finding(3, 11, "X次", "2次"),
      finding(1, 0, "无"),
    ]);
    expect(edits).toEqual([
      { paragraph: 0, start: 4, end: 6, expected: "某某", text: "市局" },
      { paragraph: 3, start: 10, end: 12, expected: "XX", text: "12" },
    ]);
  });

  it("gives the same document as fixing one by one and checking again after each", async () => {
    const together = new MemoryHost(new MemoryDocument(REPORT));
    const first = checkDocument((await together.read()).paragraphs);
    expect(fixesTogether(first.findings).length).toBeGreaterThan(2);
    await together.replaceEach(fixesTogether(first.findings));

    const oneByOne = new MemoryHost(new MemoryDocument(REPORT));
    for (let guard = 0; guard < 50; guard++) {
      const next = checkDocument((await oneByOne.read()).paragraphs).findings.find(
        (f) => f.fix !== undefined && f.end > f.start
      );
      if (!next) break;
      await oneByOne.replace({
        paragraph: next.paragraph,
        start: next.start,
        end: next.end,
        expected: next.text,
        text: next.fix!,
      });
    }
    const texts = async (host: MemoryHost) => (await host.read()).paragraphs.map((p) => p.text);
    expect(await texts(together)).toEqual(await texts(oneByOne));
    expect(
      checkDocument((await together.read()).paragraphs).findings.filter((f) => f.fix !== undefined)
    ).toEqual([]);
  });

  it("orders findings as they stand in the document, layout findings left to 一键排版", () => {
    const ordered = textFindingsInOrder([
      finding(3, 10, "b"),
      { ...finding(0, 0, "a"), rule: "format" },
      finding(0, 5, "a"),
      finding(3, 2, "c"),
    ]);
    expect(ordered.map((f) => [f.paragraph, f.start])).toEqual([
      [0, 5],
      [3, 2],
      [3, 10],
    ]);
  });
});
