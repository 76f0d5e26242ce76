import { describe, expect, it } from "vitest";
import { bodyParagraph } from "../../src/core/document";
import type { DocSnapshot } from "../../src/core/document";
import { landingOf } from "../../src/core/landing";
import { placeBlock } from "../../src/core/placement";
import { typeById } from "../../src/core/check/sections";

const REPORT = [
  "市统计局2025年党建工作总结",
  "一、2025年主要工作",
  "（一）加强政治建设。",
  "二、存在的问题",
  "理论学习不够深入。",
  "三、2026年工作打算",
  "（一）强化理论武装。",
  "（二）推进融合。",
  "（三）正风肃纪。",
  "（四）建强队伍。",
];

const at = (paragraph: number): DocSnapshot => {
  const point = { paragraph, offset: REPORT[paragraph]!.length };
  return {
    paragraphs: REPORT.map(bodyParagraph),
    selection: { start: point, end: point, text: "" },
  };
};
const topic = [
  { text: "夯实基层组织", level: 2 as const, role: "heading" as const, numbered: true },
];
const type = typeById("annual-summary");

describe("where an insert lands", () => {
  it("names the first-level heading it falls under, its section and the number it got", () => {
    const snapshot = at(2);
    expect(landingOf(snapshot, placeBlock(snapshot, topic), type)).toEqual({
      heading: "一、2025年主要工作",
      sectionId: "main-work",
      number: "（二）",
    });
  });

  it("tells a topic put into 工作打算 by the cursor, numbered （五）", () => {
    const snapshot = at(9);
    expect(landingOf(snapshot, placeBlock(snapshot, topic), type)).toEqual({
      heading: "三、2026年工作打算",
      sectionId: "plans",
      number: "（五）",
    });
  });

  it("puts a first-level part under no heading", () => {
    const snapshot = at(2);
    const landing = landingOf(
      snapshot,
      placeBlock(snapshot, [{ text: "存在问题", level: 1, role: "heading", numbered: true }]),
      type
    );
    expect(landing).toEqual({ number: "二、" });
  });
});
