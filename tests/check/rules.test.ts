import { describe, expect, it } from "vitest";
import { placeholder } from "../../src/core/check/rules/placeholder";
import { residue } from "../../src/core/check/rules/residue";
import { tifa } from "../../src/core/check/rules/tifa";
import type { Rule } from "../../src/core/check/types";
import { bodyParagraph } from "../../src/core/document";
import { buildOutline } from "../../src/core/outline";

function run(rule: Rule, ...texts: string[]) {
  const paragraphs = texts.map(bodyParagraph);
  return rule.check({ paragraphs, outline: buildOutline(paragraphs) });
}
const found = (rule: Rule, text: string) => run(rule, text).map((f) => f.text);

describe("placeholder", () => {
  it("finds the blanks writers leave", () => {
    expect(found(placeholder, "XX局召开会议x次，培训×人，联系人某某，20XX年，党的XX大，共**人，〔　〕次")).toEqual(["XX", "x", "×", "某某", "20XX", "党的XX大", "**", "〔　〕"]);
    expect(found(placeholder, "学习A新时代中国特色社会主义思想")).toEqual(["A"]);
  });

  it("leaves real text alone", () => {
    for (const text of ["推进XML文件和OA系统建设", "使用PPT、Excel和WPS", "打造A级景区和5A景区", "参加B超体检", "累计投入3.5亿元", "开展“e支部”建设"]) {
      expect(found(placeholder, text), text).toEqual([]);
    }
  });
});

describe("residue", () => {
  it("finds paywall markers, advertising, contacts and links, with a fix only for markers", () => {
    const findings = run(residue, "##paidbegin##正文", "更多范文请关注公众号，加微信13812345678", "详见 https://example.com/a");
    expect(findings.map((f) => f.text)).toEqual(["##paidbegin##", "公众号", "加微信", "13812345678", "https://example.com/a"]);
    expect(findings[0]!.fix).toBe("");
    expect(findings[1]!.fix).toBeUndefined();
  });

  it("leaves ordinary report text alone", () => {
    expect(found(residue, "全年召开支部委员会12次，发展党员2名。")).toEqual([]);
  });
});

describe("tifa", () => {
  it("flags a wrong order with the canonical form as the fix", () => {
    const [finding] = run(tifa, "增强政治意识、大局意识、看齐意识、核心意识");
    expect(finding).toMatchObject({ rule: "tifa", severity: "error", text: "政治意识、大局意识、看齐意识、核心意识", fix: "政治意识、大局意识、核心意识、看齐意识" });
  });

  it("is context-aware and quiet on correct wording", () => {
    expect(run(tifa, "深入学习贯彻习近平新时代中国特色社会主义思想，增强“四个意识”、坚定“四个自信”")).toEqual([]);
  });
});
