import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPES } from "../../src/content/documentTypes";
import { BLANK, FIELDS } from "../../src/content/fields";
import { FORMULATION_FILES } from "../../src/content/formulations";
import { TOPICS } from "../../src/content/topics";
import { MAIN_WORK_TOPICS } from "../../src/content/templates/mainWorkTopics";
import { fieldRefs, renderTemplate } from "../../src/core/render";
import { skeletonDraft } from "../../src/core/templates";

const allTexts = (): Array<[string, string]> => [
  ...DOCUMENT_TYPES.flatMap((t) =>
    t.sections.flatMap((s) => [
      [`${t.id}/${s.id}/title`, s.title] as [string, string],
      ...(s.paragraphs ?? []).map((p, i) => [`${t.id}/${s.id}/p${i}`, p] as [string, string]),
      ...(s.lines ?? []).map((p, i) => [`${t.id}/${s.id}/line${i}`, p] as [string, string]),
    ])
  ),
  ...TOPICS.flatMap((t) => [
    [`${t.id}/title`, t.title] as [string, string],
    ...t.paragraphs.map((p, i) => [`${t.id}/p${i}`, p] as [string, string]),
  ]),
];

const full = {
  unit: "市统计局",
  year: "2025",
  superior: "市直机关工委",
  date: "2026年1月10日",
  studyCount: "12",
  meetingCount: "6",
  lectureCount: "4",
  partyDayCount: "12",
  newMemberCount: "2",
  trainingCount: "150",
  talkCount: "80",
  warningCount: "3",
  ideologyCount: "2",
  memberCount: "45",
  instance: "2025年5月部署的工作直到8月督查才发现没有落实",
};

describe("section template content", () => {
  it("has unique ids: document types, their sections, topics and fields", () => {
    const unique = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length);
    unique(DOCUMENT_TYPES.map((t) => t.id));
    for (const t of DOCUMENT_TYPES) unique(t.sections.map((s) => s.id));
    unique(TOPICS.map((t) => t.id));
    unique(FIELDS.map((f) => f.id));
  });

  it("defines the four report types, each with main-work, problems and plans required, and the two 对照检查材料", () => {
    expect(DOCUMENT_TYPES.map((t) => t.id)).toEqual([
      "annual-summary",
      "branch-summary",
      "report",
      "duty-report",
      "democratic-life-review",
      "organizational-life-review",
    ]);
    for (const t of DOCUMENT_TYPES.filter((x) => !x.theme)) {
      for (const id of ["main-work", "problems", "plans"]) {
        expect(t.sections.find((s) => s.id === id)?.required, `${t.id}/${id}`).toBe(true);
      }
    }
    const report = DOCUMENT_TYPES.find((t) => t.id === "report")!;
    expect(report.sections.map((s) => s.id)).toEqual([
      "title",
      "addressee",
      "opening",
      "main-work",
      "problems",
      "plans",
      "closing",
      "signature",
    ]);
  });

  it("refers only to topics and fields that exist", () => {
    const topicIds = new Set(TOPICS.map((t) => t.id));
    const fieldIds = new Set(FIELDS.map((f) => f.id));
    for (const t of DOCUMENT_TYPES) {
      for (const s of t.sections) {
        for (const id of [...(s.topics ?? []), ...(s.defaultTopics ?? [])])
          expect(topicIds.has(id), `${t.id}/${s.id} → ${id}`).toBe(true);
        for (const id of s.defaultTopics ?? []) expect(s.topics).toContain(id);
      }
    }
    for (const [where, text] of allTexts())
      for (const ref of fieldRefs(text)) expect(fieldIds.has(ref), `${where}: {${ref}}`).toBe(true);
    for (const f of FIELDS) if (f.derivedFrom) expect(fieldIds.has(f.derivedFrom.field)).toBe(true);
  });

  it("gives every required section a template and no empty text", () => {
    for (const t of DOCUMENT_TYPES) {
      for (const s of t.sections.filter((x) => x.required)) {
        const hasTemplate =
          s.kind === "numbered"
            ? (s.topics?.length ?? 0) > 0
            : (s.paragraphs?.length ?? 0) + (s.lines?.length ?? 0) > 0;
        expect(hasTemplate, `${t.id}/${s.id}`).toBe(true);
      }
    }
    for (const [where, text] of allTexts()) expect(text.trim(), where).not.toBe("");
  });

  it("offers at least eight main-work topics, each in two or three wordings", () => {
    expect(MAIN_WORK_TOPICS.length).toBeGreaterThanOrEqual(8);
    for (const t of MAIN_WORK_TOPICS) expect(t.paragraphs.length, t.id).toBeGreaterThanOrEqual(2);
    for (const t of TOPICS) expect(t.paragraphs.length, t.id).toBeLessThanOrEqual(3);
  });

  it("uses full-width punctuation and balanced quotes", () => {
    for (const [where, text] of allTexts()) {
      expect(text, where).not.toMatch(/[\u4e00-\u9fff][,;:!?()]|[,;:!?()][\u4e00-\u9fff]/);
      expect((text.match(/“/g) ?? []).length, where).toBe((text.match(/”/g) ?? []).length);
      expect((text.match(/《/g) ?? []).length, where).toBe((text.match(/》/g) ?? []).length);
    }
  });

  it("renders with no braces left, and with visible blanks where fields are empty", () => {
    for (const t of DOCUMENT_TYPES) {
      const filled = skeletonDraft(t, {}, full).map((p) => p.text);
      for (const text of filled) {
        expect(text, t.id).not.toMatch(/[{}]/);
        expect(text, t.id).not.toContain(BLANK);
      }
      const empty = skeletonDraft(t, {}, {}).map((p) => p.text);
      for (const text of empty) expect(text).not.toMatch(/[{}]/);
      expect(empty.join("")).toContain(BLANK);
    }
    expect(renderTemplate("召开会议{meetingCount}次", {})).toBe(`召开会议${BLANK}次`);
    expect(renderTemplate("{year}年总结及{nextYear}年打算", { year: "2024" })).toBe(
      "2024年总结及2025年打算"
    );
    // A year in Chinese numerals is a year: the next one follows from it.
    expect(renderTemplate("{nextYear}年打算", { year: "二〇二四" })).toBe("2025年打算");
    expect(renderTemplate("{nextYear}年打算", { year: "明年" })).toBe(`${BLANK}年打算`);
  });
});

describe("the hints beside 写法一/二/三", () => {
  const campaigns = FORMULATION_FILES.find((f) => f.file === "campaigns.json")!.data.records;
  const owners = [
    ...DOCUMENT_TYPES.flatMap((t) => t.sections.map((s) => ({ id: `${t.id}/${s.id}`, def: s }))),
    ...TOPICS.map((t) => ({ id: t.id, def: t })),
  ];

  it("give every choice of wording a short theme of its own", () => {
    for (const { id, def } of owners) {
      const count = def.paragraphs?.length ?? 0;
      if (count < 2) continue;
      const themes = (def.hints ?? []).map((h) => h.theme);
      expect(themes.length, id).toBe(count);
      for (const theme of themes) expect(theme.length, `${id}: ${theme}`).toBeGreaterThan(1);
      for (const theme of themes) expect(theme.length, `${id}: ${theme}`).toBeLessThanOrEqual(18);
      expect(new Set(themes).size, id).toBe(count);
    }
  });

  it("give a 学习教育 its year, as the 提法 data dates it", () => {
    const dated = owners.flatMap(({ def }) => (def.hints ?? []).filter((h) => h.year));
    expect(dated.length).toBeGreaterThanOrEqual(3);
    for (const hint of dated) {
      const record = campaigns.find((r) => r.name === hint.theme);
      expect(record, hint.theme).toBeDefined();
      expect(record!.source?.date?.slice(0, 4), hint.theme).toBe(String(hint.year));
    }
    // Each wording of the 学习教育 topic reports one, named in its text.
    const study = TOPICS.find((t) => t.id === "study-campaign")!;
    study.paragraphs.forEach((p, i) => {
      expect(study.hints![i]!.year, p).toBeDefined();
      expect(p).toContain(study.hints![i]!.theme);
    });
  });
});
