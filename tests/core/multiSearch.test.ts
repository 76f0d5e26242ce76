import { describe, expect, it } from "vitest";
import { MultiSearch } from "../../src/core/multiSearch";

/** Every occurrence of every string, the slow obvious way. */
function naive(strings: readonly string[], text: string): Array<{ start: number; index: number }> {
  const found: Array<{ start: number; index: number }> = [];
  strings.forEach((s, index) => {
    for (let at = text.indexOf(s); at !== -1; at = text.indexOf(s, at + 1)) found.push({ start: at, index });
  });
  return found.sort((a, b) => a.start - b.start || a.index - b.index);
}

/** What a regular expression alternating the strings longest first finds. */
function byRegex(strings: readonly string[], text: string): Array<{ start: number; index: number }> {
  const sorted = [...strings].sort((a, b) => b.length - a.length);
  const re = new RegExp(sorted.join("|"), "g");
  return [...text.matchAll(re)].map((m) => ({ start: m.index, index: strings.indexOf(m[0]) }));
}

/** A small alphabet makes many near misses and overlaps. */
function randomText(length: number, seed: number): string {
  const alphabet = "新时代中国特色社会主义思想两个确定、";
  let x = seed;
  let text = "";
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    text += alphabet[x % alphabet.length];
  }
  return text;
}

const STRINGS = ["两个确定", "新时代", "时代中国", "中国特色社会主义", "社会主义思想", "思想、", "确定、新"];

describe("MultiSearch", () => {
  it("finds every occurrence, overlapping ones included", () => {
    const search = new MultiSearch(STRINGS);
    for (let seed = 1; seed <= 40; seed++) {
      const text = randomText(400, seed) + "新时代中国特色社会主义思想";
      const found = search.findAll(text).sort((a, b) => a.start - b.start || a.index - b.index);
      expect(found).toEqual(naive(STRINGS, text));
    }
  });

  it("picks occurrences as a longest-first regular expression does", () => {
    const search = new MultiSearch(STRINGS);
    for (let seed = 1; seed <= 40; seed++) {
      const text = randomText(400, seed);
      expect(search.findLongest(text)).toEqual(byRegex(STRINGS, text));
    }
    // 时代中国 and 社会主义思想 overlap what was taken before them.
    expect(search.findLongest("新时代中国特色社会主义思想")).toEqual([
      { start: 0, index: 1 },
      { start: 3, index: 3 },
    ]);
  });

  it("handles texts shorter than the window, strings at both ends, and no strings", () => {
    const search = new MultiSearch(["两个确定", "一岗双责"]);
    expect(search.findAll("两个确")).toEqual([]);
    expect(search.findAll("两个确定")).toEqual([{ start: 0, index: 0 }]);
    expect(search.findAll("要落实一岗双责")).toEqual([{ start: 3, index: 1 }]);
    expect(new MultiSearch([]).findAll("任何文字")).toEqual([]);
    expect(new MultiSearch(["AB"]).findAll("xABAB")).toEqual([{ start: 1, index: 0 }, { start: 3, index: 0 }]);
  });

  it("refuses single characters, which need no such search", () => {
    expect(() => new MultiSearch(["党", "党建"])).toThrow();
  });
});
