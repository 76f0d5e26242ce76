import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/check/types";
import { bodyParagraph } from "../../src/core/document";
import { outlineSummary } from "../../src/core/outlineSummary";

const REPORT = [
  "市统计局2025年党建工作总结",
  "一、主要工作",
  "（一）加强政治建设。学习12次。",
  "（二）夯实基层组织。",
  "二、存在问题",
  "学习不深。",
].map(bodyParagraph);
const at = (paragraph: number): Finding => ({
  rule: "placeholder",
  severity: "error",
  message: "",
  paragraph,
  start: 0,
  end: 1,
  text: "x",
});

describe("the outline of a report", () => {
  it("lists the headings with their parts' 字数 and findings, a first-level part holding its subheadings", () => {
    expect(outlineSummary(REPORT, [at(2), at(3), at(5)])).toEqual([
      { paragraph: 1, level: 1, text: "一、主要工作", characters: 6 + 16 + 10, findings: 2 },
      { paragraph: 2, level: 2, text: "（一）加强政治建设", characters: 16, findings: 1 },
      { paragraph: 3, level: 2, text: "（二）夯实基层组织", characters: 10, findings: 1 },
      { paragraph: 4, level: 1, text: "二、存在问题", characters: 6 + 5, findings: 1 },
    ]);
  });
});
