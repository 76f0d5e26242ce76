import { describe, expect, it } from "vitest";
import {
  boundedDistance,
  editDistance,
  sharedCharacters,
} from "../../src/core/formulation/distance";
import { AnchorSearch, GroupedAnchorSearch } from "../../src/core/formulation/anchors";

/** The distance as defined, on plain arrays: quotes and spaces free to insert, marks of a kind alike. */
function reference(pattern: string, text: string): number {
  const free = new Set([..."“”‘’\"'「」 \u3000"]);
  const kind = (c: string) =>
    "、，；,;".includes(c)
      ? "、"
      : (({ "(": "（", ")": "）", ":": "：" } as Record<string, string>)[c] ?? c);
  const d = [...Array(text.length + 1)].map(() => new Array<number>(pattern.length + 1).fill(0));
  for (let i = 0; i <= pattern.length; i++) d[0]![i] = i;
  for (let j = 1; j <= text.length; j++) {
    const insert = free.has(text[j - 1]!) ? 0 : 1;
    d[j]![0] = d[j - 1]![0]! + insert;
    for (let i = 1; i <= pattern.length; i++)
      d[j]![i] = Math.min(
        d[j - 1]![i]! + insert,
        d[j]![i - 1]! + 1,
        d[j - 1]![i - 1]! + (kind(pattern[i - 1]!) === kind(text[j - 1]!) ? 0 : 1)
      );
  }
  return d[text.length]![pattern.length]!;
}

/** Repeatable random numbers and words over an alphabet. */
function randomWords(alphabet: string, seed: number) {
  const letters = [...alphabet];
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const word = (n: number) =>
    Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join("");
  return { random, word };
}

describe("the edit distance", () => {
  it("is the distance as defined", () => {
    const { random, word } = randomWords("党的建设（(:：，、,;；“” ", 3);
    for (let i = 0; i < 2000; i++) {
      const a = word(Math.floor(random() * 14));
      const b = word(Math.floor(random() * 14));
      expect(editDistance(a, b), `${a} / ${b}`).toBe(reference(a, b));
    }
    // Longer than any table kept so far: the rows grow.
    expect(editDistance("党".repeat(200), "党".repeat(190) + "建")).toBe(
      reference("党".repeat(200), "党".repeat(190) + "建")
    );
  });
});

describe("the bounded edit distance", () => {
  it("equals the full distance wherever that is within the limit, and says farther otherwise", () => {
    const { random, word } = randomWords("党的建设政治思想，、“” ", 7);
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
    const { random, word } = randomWords("党的建设政治思想，、；,“” ", 11);
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
