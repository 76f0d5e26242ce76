import { describe, expect, it } from "vitest";
import {
  boundedDistance,
  editDistance,
  sharedCharacters,
} from "../../src/core/formulation/distance";
import { AnchorSearch, GroupedAnchorSearch } from "../../src/core/formulation/anchors";

describe("the bounded edit distance", () => {
  it("equals the full distance wherever that is within the limit, and says farther otherwise", () => {
    const alphabet = [..."党的建设政治思想，、“” "];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
    for (let i = 0; i < 3000; i++) {
      const a = word(1 + Math.floor(random() * 12));
      const b =
        random() < 0.5
          ? word(1 + Math.floor(random() * 12))
          : a.slice(0, Math.floor(random() * a.length)) +
            word(Math.floor(random() * 3)) +
            a.slice(Math.floor(random() * a.length));
      const limit = Math.floor(random() * 5);
      expect(boundedDistance(a, b, limit), `${a} / ${b} / ${limit}`).toBe(
        Math.min(editDistance(a, b), limit + 1)
      );
    }
  });
});

describe("the shared-characters bound", () => {
  it("never rules out a text within the distance: it holds all but that many characters", () => {
    const alphabet = [..."党的建设政治思想，、；,“” "];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
    for (let i = 0; i < 3000; i++) {
      const a = word(1 + Math.floor(random() * 12));
      const b =
        a.slice(0, Math.floor(random() * a.length)) +
        word(Math.floor(random() * 3)) +
        a.slice(Math.floor(random() * a.length));
      const d = editDistance(a, b);
      expect(sharedCharacters(a, b, 0, b.length), `${a} / ${b}`).toBeGreaterThanOrEqual(
        a.length - d
      );
    }
  });

  it("counts each character as often as both hold it, marks that stand for one another as one", () => {
    expect(sharedCharacters("严管和厚爱", "厚爱和严管", 0, 5)).toBe(5);
    expect(sharedCharacters("学习学习", "学习", 0, 2)).toBe(2);
    expect(sharedCharacters("甲、乙", "x甲，乙x", 1, 4)).toBe(3);
    expect(sharedCharacters("党的建设", "政治思想", 0, 4)).toBe(0);
  });
});

describe("the grouped anchor search", () => {
  it("finds what a search of each group alone finds, with the group's own indices", () => {
    const groups = [
      ["形式主义", "官僚主义", "享乐主义"],
      ["官僚主义", "主义"],
      ["主义", "奢靡之风"],
    ];
    const text = "持续纠治形式主义、官僚主义，力戒享乐主义和奢靡之风。";
    const grouped = new GroupedAnchorSearch(groups).find(text);
    groups.forEach((group, g) =>
      expect(grouped[g], `group ${g}`).toEqual(new AnchorSearch(group).find(text))
    );
  });
});
