import { describe, expect, it } from "vitest";
import corpus from "../fixtures/typoCorpus.json";
import { findTypos } from "../../src/core/check/rules/typo";
import type { Finding } from "../../src/core/check/types";

// Sentences of the genre written for this test: each wrong one has one real typo and its
// correction, each right one tempts the check (both members of confusable pairs, names, quoted old
// text, variants).
interface WrongSentence {
  text: string;
  fixed: string;
  tier: 1 | 2 | 3 | 4;
}
const WRONG = corpus.wrong as WrongSentence[];
const RIGHT = corpus.right;

const typos = (text: string) => findTypos([{ text }]);
const applied = (text: string, f: Finding) => text.slice(0, f.start) + f.fix + text.slice(f.end);
/** Recall below this, in a tier, fails the test: the figures the check is held to. */
const RECALL_FLOOR: Record<number, number> = { 1: 0.95, 2: 0.95, 3: 0.8, 4: 0.9 };

describe("the typo corpus", () => {
  it("is well formed: 300 sentences each way, every tier, no sentence twice, each wrong one corrected", () => {
    expect(WRONG.length).toBeGreaterThanOrEqual(300);
    expect(RIGHT.length).toBeGreaterThanOrEqual(300);
    expect(new Set(WRONG.map((w) => w.tier))).toEqual(new Set([1, 2, 3, 4]));
    for (const w of WRONG) {
      expect(w.fixed, w.text).not.toBe(w.text);
      expect([1, 2, 3, 4], w.text).toContain(w.tier);
    }
    expect(new Set(RIGHT).size).toBe(RIGHT.length);
    expect(new Set(WRONG.map((w) => w.text)).size).toBe(WRONG.length);
  });

  it("finds nothing in the right sentences, nor in the corrected ones", () => {
    const alarms = [...RIGHT, ...WRONG.map((w) => w.fixed)].flatMap((text) =>
      typos(text).map((f) => `${text}：${f.text}→${f.fix}`)
    );
    expect(alarms).toEqual([]);
  });

  it("finds the typos, tier by tier, and each fix gives the corrected sentence", () => {
    const rows: string[] = [];
    const wrongFixes: string[] = [];
    for (const tier of [1, 2, 3, 4]) {
      const sentences = WRONG.filter((w) => w.tier === tier);
      let caught = 0;
      for (const w of sentences) {
        const found = typos(w.text);
        if (found.some((f) => applied(w.text, f) === w.fixed)) caught++;
        wrongFixes.push(
          ...found
            .filter((f) => applied(w.text, f) !== w.fixed)
            .map((f) => `${w.text}：${f.text}→${f.fix}`)
        );
      }
      const recall = sentences.length ? caught / sentences.length : 1;
      rows.push(
        `tier ${tier}: ${caught}/${sentences.length} found (${(100 * recall).toFixed(0)}%)`
      );
      expect(recall, `tier ${tier}`).toBeGreaterThanOrEqual(RECALL_FLOOR[tier]!);
    }
    console.log(
      `typo corpus: ${WRONG.length} wrong sentences, ${RIGHT.length} right ones\n${rows.join("\n")}`
    );
    // A finding in a wrong sentence that does not make it right is a false alarm too.
    expect(wrongFixes).toEqual([]);
  });
});
