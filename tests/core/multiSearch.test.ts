import { describe, expect, it } from "vitest";
import { MultiSearch } from "../../src/core/multiSearch";

/** What a regular expression alternating the strings longest first finds. */
function byRegex(
  strings: readonly string[],
  text: string
): Array<{ start: number; index: number }> {
  const sorted = [...strings].sort((a, b) => b.length - a.length);
  const re = new RegExp(sorted.join("|"), "g");
  return [...text.matchAll(re)].map((m) => ({ start: m.index, index: strings.indexOf(m[0]) }));
}

/** Short and long strings that overlap each other in many ways. */
const STRINGS = [
  "两个确定",
  "新时代",
  "时代中国",
  "中国特色社会主义",
  "社会主义思想",
  "思想、",
  "确定、新",
  "新时代中国特色社会主义思想",
  "中国特色社会主义理论体系",
  "特色社会主义思想、两个",
];

/**
 * Text made of pieces of the strings and stray characters: many matches, overlaps and near misses.
 */
function randomText(pieces: number, seed: number): string {
  let x = seed;
  const next = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  let text = "";
  for (let i = 0; i < pieces; i++) {
    const s = STRINGS[next(STRINGS.length)]!;
    const from = next(3) === 0 ? next(s.length) : 0;
    text += s.slice(from, from + 2 + next(s.length)) + (next(4) === 0 ? "的" : "");
  }
  return text;
}

describe("MultiSearch", () => {
  it("finds what a longest-first regular expression finds, in random text full of overlaps", () => {
    const search = new MultiSearch(STRINGS);
    let matches = 0;
    let long = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const text = randomText(60, seed);
      const expected = byRegex(STRINGS, text);
      expect(search.find(text), text).toEqual(expected);
      matches += expected.length;
      long += expected.filter((o) => STRINGS[o.index]!.length >= 8).length;
    }
    expect(matches).toBeGreaterThan(1000);
    expect(long).toBeGreaterThan(200);
  });

  it("takes the longest string at a place and skips what overlaps it", () => {
    const search = new MultiSearch(STRINGS);
    expect(search.find("学习新时代中国特色社会主义思想")).toEqual([{ start: 2, index: 7 }]);
    // 时代中国 and 社会主义思想 overlap what was taken before them.
    expect(
      new MultiSearch(["新时代", "时代中国", "中国特色社会主义", "社会主义思想"]).find(
        "新时代中国特色社会主义思想"
      )
    ).toEqual([
      { start: 0, index: 0 },
      { start: 3, index: 2 },
    ]);
  });

  it("handles texts shorter than the strings, strings at both ends, and no strings", () => {
    const search = new MultiSearch(["两个确定", "一岗双责", "中国特色社会主义思想"]);
    expect(search.find("两个确")).toEqual([]);
    expect(search.find("两个确定")).toEqual([{ start: 0, index: 0 }]);
    expect(search.find("要落实一岗双责")).toEqual([{ start: 3, index: 1 }]);
    expect(search.find("中国特色社会主义思想")).toEqual([{ start: 0, index: 2 }]);
    expect(new MultiSearch([]).find("任何文字")).toEqual([]);
  });

  it("refuses single characters, which need no such search", () => {
    expect(() => new MultiSearch(["党", "党建"])).toThrow();
  });
});
