import { describe, expect, it } from "vitest";
import { FORMULATIONS } from "../../src/content/phrases";
import { findTifa, tifaMatchers } from "../../src/core/check/rules/tifa";
import type { Finding } from "../../src/core/check/types";
import type { MisquoteKind } from "../fixtures/tifaCorpus";
import { MISQUOTES, TEMPTING } from "../fixtures/tifaCorpus";

/** The library without any recorded wrong form but outdated ones: what is found must come from the canonical wording. */
const withoutRecorded = FORMULATIONS.map((f) => ({ ...f, wrongForms: f.wrongForms.filter((w) => w.kind === "outdated") }));
const matchers = tifaMatchers(withoutRecorded);
const check = (text: string) => findTifa([{ text }], matchers);

function parse(sentence: string) {
  const m = /\{([^|}]*)\|([^}]*)\}/.exec(sentence)!;
  const before = sentence.slice(0, m.index);
  const after = sentence.slice(m.index + m[0].length);
  return { wrong: before + m[1] + after, right: before + m[2] + after, start: before.length, end: before.length + m[1]!.length };
}

const applied = (text: string, f: Finding) => text.slice(0, f.start) + f.fix! + text.slice(f.end);

describe("提法 checked against the canonical wording, on misquotes no list foresaw", () => {
  it("holds at least 150 misquotes over at least 60 formulations, and 100 tempting correct sentences", () => {
    expect(MISQUOTES.length).toBeGreaterThanOrEqual(150);
    expect(TEMPTING.length).toBeGreaterThanOrEqual(100);
    const fixes = new Set(MISQUOTES.flatMap(([, s]) => check(parse(s).wrong).map((f) => FORMULATIONS.find((e) => f.message.includes(e.name.replace(/[“”]/g, "")) || (f.fix && (e.expansion.includes(f.fix) || e.name.includes(f.fix))))?.id)));
    expect(fixes.size).toBeGreaterThanOrEqual(60);
  });

  const byKind = new Map<MisquoteKind, { total: number; found: number; fixed: number }>();
  for (const [kind, sentence] of MISQUOTES) {
    it(`${kind}: ${sentence}`, () => {
      const { wrong, right, start, end } = parse(sentence);
      const stats = byKind.get(kind) ?? { total: 0, found: 0, fixed: 0 };
      byKind.set(kind, stats);
      stats.total++;
      const findings = check(wrong);
      const hit = findings.find((f) => f.start < Math.max(end, start + 1) && start < f.end + (kind === "missing" ? 1 : 0));
      expect(hit, `nothing found in ${wrong}`).toBeDefined();
      stats.found++;
      // An added item, an outdated wording and a title one word off ask to verify; the rest are errors.
      if (kind === "added") expect(hit!.severity).toBe("warning");
      else if (kind !== "outdated" && kind !== "title") expect(hit!.severity).toBe("error");
      if (kind !== "added") {
        expect(hit!.fix, hit!.message).toBeDefined();
        expect(applied(wrong, hit!)).toBe(right);
        stats.fixed++;
      }
      expect(check(right), right).toEqual([]);
    });
  }

  it.each(TEMPTING)("no finding on correct text: %s", (text) => {
    expect(check(text)).toEqual([]);
  });

  it("names the source of every finding", () => {
    for (const [, sentence] of MISQUOTES) for (const f of check(parse(sentence).wrong)) expect(f.source, `${f.text}: ${f.message}`).toBeTruthy();
  });
});
