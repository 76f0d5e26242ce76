import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/core/check/check";
import { bodyParagraph } from "../../src/core/document";

// Real reports beside the project, where a machine has them; the project's own fixtures always.
const REFERENCE = resolve(__dirname, "../../../shared/reference");
const FIXTURES = resolve(__dirname, "../fixtures/reports");
const loadFrom = (dir: string) => (name: string) =>
  readFileSync(resolve(dir, name), "utf8").split(/\r?\n/).map(bodyParagraph);
const load = loadFrom(REFERENCE);
const fixture = loadFrom(FIXTURES);
const status = (result: ReturnType<typeof checkDocument>) =>
  Object.fromEntries(result.sections.map((s) => [s.id, s.status]));
const texts = (result: ReturnType<typeof checkDocument>, rule: string) =>
  result.findings.filter((f) => f.rule === rule).map((f) => f.text);

describe("the project's own fixture reports", () => {
  it("annual summary of an agency: sections, blanks, stand-in letters, residue, a half-width comma", () => {
    const result = checkDocument(fixture("annual-summary-agency.txt"));
    expect(result.type).toBe("annual-summary");
    expect(status(result)).toMatchObject({
      title: "present",
      opening: "present",
      "main-work": "present",
      problems: "present",
      plans: "present",
    });
    expect(texts(result, "placeholder")).toEqual(expect.arrayContaining(["XXX", "XX", "x"]));
    const standIn = result.findings.filter((f) => f.text === "A新时代中国特色社会主义思想");
    expect(standIn.length).toBe(3);
    expect(
      standIn.every((f) => f.rule === "tifa" && f.fix === "习近平新时代中国特色社会主义思想")
    ).toBe(true);
    expect(texts(result, "residue")).toEqual(["##paidbegin##", "##paidend##"]);
    expect(texts(result, "punctuation")).toEqual([","]);
    expect(texts(result, "numbering")).toEqual([]);
    expect(texts(result, "year")).toEqual([]);
  });

  it("annual summary of a 机关党委: only its blanks", () => {
    const result = checkDocument(fixture("annual-summary-committee.txt"));
    expect(result.type).toBe("annual-summary");
    expect(status(result)).toMatchObject({
      title: "present",
      "main-work": "present",
      problems: "present",
      plans: "present",
    });
    expect(result.findings.map((f) => f.rule)).toEqual(
      Array(result.findings.length).fill("placeholder")
    );
    expect(texts(result, "placeholder")).toContain("X");
  });

  it("report sent upward: addressee, 专此报告, ** blanks, and nothing else", () => {
    const result = checkDocument(fixture("report-to-committee.txt"));
    expect(result.type).toBe("report");
    expect(status(result)).toMatchObject({
      title: "present",
      addressee: "present",
      "main-work": "present",
      problems: "present",
      plans: "present",
      closing: "present",
    });
    expect(texts(result, "placeholder")).toEqual(expect.arrayContaining(["**", "*"]));
    expect(result.findings.filter((f) => f.rule !== "placeholder")).toEqual([]);
  });
});

describe.skipIf(!existsSync(REFERENCE))("the reference reports beside the project", () => {
  it("annual summary of a bureau: sections recognised, blanks and residue found", () => {
    const result = checkDocument(load("annual-summary-bureau.txt"));
    expect(result.type).toBe("annual-summary");
    expect(status(result)).toMatchObject({
      title: "present",
      opening: "present",
      "main-work": "present",
      problems: "present",
      plans: "present",
    });
    expect(texts(result, "placeholder")).toEqual(expect.arrayContaining(["XXX", "x"]));
    // The A standing for 习近平 belongs to the 提法 finding, whose fix replaces it too; it is not
    // reported twice.
    const standIn = result.findings.filter((f) => f.text === "A新时代中国特色社会主义思想");
    expect(standIn.length).toBe(4);
    expect(
      standIn.every((f) => f.rule === "tifa" && f.fix === "习近平新时代中国特色社会主义思想")
    ).toBe(true);
    expect(texts(result, "placeholder")).not.toContain("A");
    expect(texts(result, "residue")).toEqual(
      expect.arrayContaining(["##paidbegin##", "##paidend##"])
    );
    expect(texts(result, "punctuation")).toEqual(["(试行)", ","]);
    expect(texts(result, "numbering")).toEqual([]);
    expect(texts(result, "year")).toEqual([]);
  });

  it("annual summary of a 机关党委", () => {
    const result = checkDocument(load("annual-summary-water-bureau-committee.txt"));
    expect(result.type).toBe("annual-summary");
    expect(status(result)).toMatchObject({
      title: "present",
      "main-work": "present",
      problems: "present",
      plans: "present",
    });
    expect(texts(result, "residue")).toContain("##paidend##");
    // Its real slips are the 错别字 rule's (typoShipped.test.ts).
    expect(
      result.findings.filter((f) => !["placeholder", "residue", "typo"].includes(f.rule))
    ).toEqual([]);
  });

  it("report sent upward: addressee, sections, 专此报告, and ** blanks", () => {
    const result = checkDocument(load("report-to-organs-committee.txt"));
    expect(result.type).toBe("report");
    expect(status(result)).toMatchObject({
      addressee: "present",
      "main-work": "present",
      problems: "present",
      plans: "present",
      closing: "present",
    });
    expect(texts(result, "placeholder")).toContain("**");
    // Its real slips are the 错别字 rule's (typoShipped.test.ts).
    expect(
      result.findings.filter((f) => !["placeholder", "typo"].includes(f.rule)).map((f) => f.rule)
    ).toEqual(["missing-section"]);
  });
});

describe("our own skeletons", () => {
  it("finds nothing in a clean report written from our own templates", async () => {
    const { skeletonDraft, documentType } = await import("../../src/core/templates");
    const { placeBlock } = await import("../../src/core/placement");
    const values = {
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
    };
    for (const id of ["annual-summary", "branch-summary", "report", "duty-report"] as const) {
      const empty = {
        paragraphs: [bodyParagraph("")],
        selection: {
          start: { paragraph: 0, offset: 0 },
          end: { paragraph: 0, offset: 0 },
          text: "",
        },
      };
      const block = placeBlock(empty, skeletonDraft(documentType(id), {}, values)).paragraphs;
      const result = checkDocument(
        block.map((p) => ({ text: p.text, level: p.level, inTable: false, inList: false }))
      );
      expect(result.type, id).toBe(id);
      expect(result.findings, id).toEqual([]);
    }
  });
});
