import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPES } from "../../src/content/documentTypes";
import { BLANK } from "../../src/content/fields";
import { MEETING_THEMES } from "../../src/content/meetingThemes";
import type { DocumentTypeDef } from "../../src/content/types";
import { checkDocument } from "../../src/core/check/check";
import { bodyParagraph } from "../../src/core/document";
import type { DocSnapshot } from "../../src/core/document";
import { placeBlock } from "../../src/core/placement";
import type { FieldValues } from "../../src/core/render";
import { skeletonDraft, topic } from "../../src/core/templates";

const REVIEWS = DOCUMENT_TYPES.filter((t) => t.theme);
const section = (t: DocumentTypeDef, id: string) => t.sections.find((s) => s.id === id)!;

/** A type's whole skeleton as it lands in an empty document: numbered, blanks filled or left. */
function skeleton(type: DocumentTypeDef, values: FieldValues): string[] {
  const snapshot: DocSnapshot = {
    paragraphs: [bodyParagraph("")],
    selection: { start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: 0 }, text: "" },
  };
  return placeBlock(snapshot, skeletonDraft(type, {}, values)).paragraphs.map((p) => p.text);
}

const FILLED = {
  year: "2025",
  superior: "市直机关工委",
  instance: "2025年5月部署的工作，直到8月督查才发现两个科室还没有落实",
};

describe("the year's 主题 and aspects", () => {
  it("are complete records: year, meeting, 主题, aspects with names, headings and words, and a source", () => {
    expect(MEETING_THEMES.length).toBeGreaterThanOrEqual(2);
    for (const theme of MEETING_THEMES) {
      const where = `${theme.year}年度${theme.meeting}`;
      expect(Number.isInteger(theme.year) && theme.year >= 2025, where).toBe(true);
      expect(["民主生活会", "组织生活会"]).toContain(theme.meeting);
      expect(theme.theme.length, where).toBeGreaterThan(20);
      expect(theme.theme, where).not.toMatch(/[,;:()]|\s/);
      expect(theme.source, where).toMatch(/主题/);
      expect(theme.source, where).toMatch(/方面/);
      expect(new Set(theme.aspects.map((a) => a.id)).size).toBe(theme.aspects.length);
      expect(new Set(theme.aspects.map((a) => a.name)).size).toBe(theme.aspects.length);
      for (const a of theme.aspects) {
        expect(a.words.length, a.id).toBeGreaterThan(0);
        // The heading the template gives an aspect is recognised as that aspect.
        expect(
          a.words.some((w) => a.heading.includes(w)),
          a.id
        ).toBe(true);
        expect(a.heading, a.id).toMatch(/^在.+方面$/);
      }
    }
  });

  it("holds the 2025年度民主生活会's five aspects as the notice words them, all required", () => {
    const theme = MEETING_THEMES.find((t) => t.year === 2025 && t.meeting === "民主生活会")!;
    expect(theme.aspectsRequired).toBe(true);
    expect(theme.aspects.map((a) => a.heading)).toEqual([
      "在带头强化政治忠诚、提高政治能力方面",
      "在带头固本培元、增强党性方面",
      "在带头敬畏人民、敬畏组织、敬畏法纪方面",
      "在带头干事创业、担当作为方面",
      "在带头坚决扛起管党治党责任方面",
    ]);
    expect(theme.theme).toContain("锲而不舍落实中央八项规定精神，推进作风建设常态化长效化");
  });
});

describe("the 对照检查材料 types", () => {
  it("are the 民主生活会 and 组织生活会 materials, each following its theme", () => {
    expect(REVIEWS.map((t) => [t.id, t.theme!.meeting])).toEqual([
      ["democratic-life-review", "民主生活会"],
      ["organizational-life-review", "组织生活会"],
    ]);
    for (const t of REVIEWS) {
      expect(t.sections.map((s) => s.id)).toEqual([
        "title",
        "opening",
        "study",
        "comparison",
        "causes",
        "rectification",
        "closing",
      ]);
      for (const id of ["comparison", "causes", "rectification"])
        expect(section(t, id).required, `${t.id}/${id}`).toBe(true);
      expect(section(t, "study").required).toBe(false);
      expect(section(t, "opening").paragraphs![0]).toContain(`围绕“${t.theme!.theme}”`);
      expect(section(t, "title").paragraphs![0]).toContain(t.theme!.meeting);
    }
  });

  it("head 对照检查情况 with the theme's aspects, and give each its own 整改 item", () => {
    for (const t of REVIEWS) {
      const problems = section(t, "comparison").defaultTopics!;
      expect(problems.map((id) => topic(id).title)).toEqual(t.theme!.aspects.map((a) => a.heading));
      expect(section(t, "rectification").defaultTopics!.length).toBe(problems.length);
    }
  });

  it("give the four usual roots of the problems: 理想信念, 党性修养, 宗旨意识, 纪律规矩", () => {
    for (const t of REVIEWS) {
      const causes = section(t, "causes")
        .defaultTopics!.map((id) => topic(id).title)
        .join("");
      for (const root of ["理想信念", "党性修养", "宗旨意识", "纪律规矩"])
        expect(causes).toContain(root);
    }
  });

  it("make a skeleton the checklist reads as the same type, with every part, and, once filled, no finding", () => {
    for (const t of REVIEWS) {
      const result = checkDocument(skeleton(t, FILLED).map(bodyParagraph));
      expect(result.type, t.id).toBe(t.id);
      expect(
        result.sections.filter((s) => s.status !== "present").map((s) => s.id),
        t.id
      ).toEqual([]);
      expect(result.findings, t.id).toEqual([]);
    }
  });

  it("leave the writer's facts as blanks the blank check finds, and nothing else", () => {
    for (const t of REVIEWS) {
      const lines = skeleton(t, { year: "2025", superior: "市直机关工委" });
      expect(lines.join("")).toContain(BLANK);
      const rules = new Set(checkDocument(lines.map(bodyParagraph)).findings.map((f) => f.rule));
      expect([...rules], t.id).toEqual(["placeholder"]);
    }
  });
});
