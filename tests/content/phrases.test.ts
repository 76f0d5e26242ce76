import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPES } from "../../src/content/documentTypes";
import { FIELDS } from "../../src/content/fields";
import { FORMULATIONS, PHRASES } from "../../src/content/phrases";
import { PHRASE_CATEGORIES } from "../../src/content/phrases/types";
import { TOPICS } from "../../src/content/topics";
import { fieldRefs } from "../../src/core/render";
import { HistoricalMatcher } from "../../src/core/formulation/historical";

describe("the phrase library", () => {
  it("has at least 200 entries in every category, with unique ids", () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(200);
    const used = new Set(PHRASES.map((p) => p.category));
    expect([...PHRASE_CATEGORIES].filter((c) => !used.has(c))).toEqual([]);
    expect(new Set(PHRASES.map((p) => p.id)).size).toBe(PHRASES.length);
  });

  it("gives every formulation a name, an expansion and usage sentences", () => {
    for (const f of FORMULATIONS) {
      expect(f.name.trim(), f.id).not.toBe("");
      expect(f.expansion.trim(), f.id).not.toBe("");
      expect(f.usages.length, f.id).toBeGreaterThan(0);
      if (f.status === "historical")
        expect(FORMULATIONS.find((e) => e.id === f.supersededBy)?.status, f.id).toBe("current");
    }
  });

  it("finds no historical wording used as today's in any correct text the product ships", () => {
    const matcher = new HistoricalMatcher();
    const texts = [
      ...FORMULATIONS.flatMap((f) => [f.status === "current" ? f.expansion : "", ...f.usages]),
      ...PHRASES.flatMap((p) => (p.kind === "writing" ? [p.text] : [])),
      ...TOPICS.flatMap((t) => [t.title, ...t.paragraphs]),
      ...DOCUMENT_TYPES.flatMap((d) =>
        d.sections.flatMap((s) => [s.title, ...(s.paragraphs ?? [])])
      ),
    ].filter(Boolean);
    const findings = texts.flatMap((t) => matcher.find(t).map((m) => `${m.text} in ${t}`));
    expect(findings).toEqual([]);
  });

  it("tells a historical wording used as today's, and leaves history and correct wording that contains it alone", () => {
    const matcher = new HistoricalMatcher();
    expect(matcher.find("坚定“三个自信”").map((m) => m.fix)).toEqual(["四个自信"]);
    expect(matcher.find("打铁还需自身硬").map((m) => m.fix)).toEqual(["打铁必须自身硬"]);
    expect(matcher.find("党的十八大后提出打铁还需自身硬。")).toEqual([]);
    expect(matcher.find("坚定道路自信、理论自信、制度自信、文化自信")).toEqual([]);
  });

  it("uses declared fields in writing phrases, and full-width punctuation", () => {
    const ids = new Set(FIELDS.map((f) => f.id));
    for (const p of PHRASES) {
      const text = p.kind === "writing" ? p.text : [p.expansion, ...p.usages].join("");
      for (const ref of fieldRefs(text)) expect(ids.has(ref), `${p.id}: ${ref}`).toBe(true);
      expect(text, p.id).not.toMatch(/[\u4e00-\u9fff][,;:!?()]|[,;:!?()][\u4e00-\u9fff]/);
      expect((text.match(/“/g) ?? []).length, p.id).toBe((text.match(/”/g) ?? []).length);
    }
  });
});

describe("the formulations' canonical wordings", () => {
  it("names a source for every wording the checker compares with, and keeps every canonical wording unique", () => {
    const compared = FORMULATIONS.filter((f) => f.match.kind !== "none");
    expect(compared.filter((f) => !f.source).map((f) => f.id)).toEqual([]);
    const wordings = compared.map((f) =>
      f.match.kind === "list"
        ? f.match.items.join("、")
        : f.match.kind === "none"
          ? ""
          : f.match.text
    );
    expect(wordings.filter((w, i) => wordings.indexOf(w) !== i)).toEqual([]);
    expect(new Set(FORMULATIONS.map((f) => f.expansion)).size).toBe(FORMULATIONS.length);
  });

  it("never compares with a wording that is marked historical as if it were current", () => {
    for (const f of FORMULATIONS.filter((e) => e.status === "historical"))
      expect(
        FORMULATIONS.find((e) => e.id === f.supersededBy),
        f.id
      ).toBeDefined();
  });
});
