import { describe, expect, it } from "vitest";
import { FORMULATIONS } from "../../src/content/phrases";
import { typoData } from "../../src/core/typo/data";
import { MAX_AROUND } from "../../src/core/typo/lexicon";
import { formulationWordings, TypoChecker } from "../../src/core/typo";
import { computeReadings } from "../../scripts/build-readings.mjs";

const D = typoData();
const HAN = /^[\u4e00-\u9fff]+$/;
function duplicates(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => seen.size === seen.add(x).size);
}
const correct = new Set([
  ...D.commonWords,
  ...D.vocabulary,
  ...D.expressions,
  ...D.allowedVariants.flat(),
  ...FORMULATIONS.flatMap(formulationWordings),
]);
const checker = new TypoChecker(D);

describe("the typo data", () => {
  it("is as large as the check needs: 1,500 expressions, 2,000 words of the genre", () => {
    expect(D.expressions.length).toBeGreaterThanOrEqual(1500);
    expect(D.vocabulary.length).toBeGreaterThanOrEqual(2000);
    expect(D.commonWords.length).toBeGreaterThanOrEqual(20000);
  });

  it("names its sources", () => {
    for (const source of Object.values(D.sources)) expect(source.trim()).not.toBe("");
  });

  it("has no duplicates, and only Chinese characters in its word lists", () => {
    for (const [name, list] of Object.entries({
      expressions: D.expressions,
      vocabulary: D.vocabulary,
      commonWords: D.commonWords,
      wrong: D.wrongForms.map((w) => w.wrong),
    })) {
      expect(duplicates(list), name).toEqual([]);
      expect(
        list.filter((w) => !HAN.test(w) || w.length < 2),
        name
      ).toEqual([]);
    }
  });

  it("has wrong forms that differ from their right forms, with a kind and evidence, and that no list holds as correct", () => {
    for (const w of D.wrongForms) {
      expect(w.right, w.wrong).not.toBe(w.wrong);
      expect(["形近", "同音", "其他"], w.wrong).toContain(w.kind);
      expect(w.evidence.trim(), w.wrong).not.toBe("");
    }
    expect(D.wrongForms.filter((w) => correct.has(w.wrong)).map((w) => w.wrong)).toEqual([]);
    const rights = new Set(D.wrongForms.map((w) => w.right));
    expect(D.wrongForms.filter((w) => rights.has(w.wrong)).map((w) => w.wrong)).toEqual([]);
  });

  it("never flags an allowed variant (GF 1001-2001), alone or as a wrong form", () => {
    const forms = D.allowedVariants.flat();
    expect(
      D.allowedVariants.filter((pair) => pair.length < 2 || new Set(pair).size !== pair.length)
    ).toEqual([]);
    expect(D.wrongForms.filter((w) => forms.includes(w.wrong))).toEqual([]);
    expect(
      forms.flatMap((form) => checker.find(form).map((m) => `${form}：${m.text}→${m.fix}`))
    ).toEqual([]);
  });

  it("has shape groups of two characters or more", () => {
    expect(
      D.shapeGroups.filter((g) => g.length < 2 || !HAN.test(g) || new Set(g).size !== g.length)
    ).toEqual([]);
  });

  it("has the same-sound table scripts/build-readings.mjs computes (run it after upgrading pinyin-pro)", () => {
    expect(D.readings).toEqual(computeReadings().readings);
  });
});

describe("the boundary guard", () => {
  it("finds nothing in any correct word, expression or 提法 wording", () => {
    expect(
      [...correct].flatMap((word) => checker.find(word).map((m) => `${word}：${m.text}→${m.fix}`))
    ).toEqual([]);
  });

  it("does not fire on a wrong form straddling two words, each running past its edge", () => {
    // Words as long as the guard looks around a place (MAX_AROUND), of Chinese characters.
    const words = [...correct].filter((w) => w.length <= MAX_AROUND && HAN.test(w));
    // Up to four words ending, and four beginning, with each string of one to seven characters.
    const ends = new Map<string, string[]>();
    const begins = new Map<string, string[]>();
    const note = (map: Map<string, string[]>, key: string, word: string) => {
      const list = map.get(key) ?? [];
      if (list.length < 4) map.set(key, [...list, word]);
    };
    for (const w of words) {
      for (let n = 1; n < w.length; n++) {
        note(ends, w.slice(-n), w);
        note(begins, w.slice(0, n), w);
      }
    }
    const ending = (part: string) => ends.get(part) ?? [];
    const starting = (part: string) => begins.get(part) ?? [];
    const fired: string[] = [];
    for (const { wrong } of D.wrongForms) {
      for (let split = 1; split < wrong.length; split++) {
        const [head, tail] = [wrong.slice(0, split), wrong.slice(split)];
        const lefts = [...ending(head), ...(correct.has(head) ? [head] : [])];
        const rights = [...starting(tail), ...(correct.has(tail) ? [tail] : [])];
        for (const a of lefts) {
          for (const b of rights) {
            const across = a.length > head.length || b.length > tail.length;
            if (across && checker.find(a + b).some((m) => m.tier === 1)) fired.push(`${a}|${b}`);
          }
        }
      }
    }
    expect(fired).toEqual([]);
  });
});
