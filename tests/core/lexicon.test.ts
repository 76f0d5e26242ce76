import { describe, expect, it } from "vitest";
import { Lexicon } from "../../src/core/typo/lexicon";

/** The words' UTF-16 code units, as lexiconTables packs them (a surrogate pair is two). */
const packed = (text: string) =>
  Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const lexicon = (joined: string) => new Lexicon({ words: packed(joined), variants: [] });

describe("the lexicon read from packed words", () => {
  it("knows exactly the words between line breaks, as a Set of them would", () => {
    const words = ["部署", "部署会", "署", "党建", "建党", "党", "全面从严治党", "从严", "𠀀字"];
    // Many more words, so that places are shared and looked past.
    for (let i = 0; i < 3000; i++)
      words.push(String.fromCharCode(0x4e00 + ((i * 7919) % 20000), 0x4e00 + i));
    const known = lexicon(words.join("\n"));
    const set = new Set(words);
    const probes = [
      ...words,
      ...words.map((w) => w.slice(1)),
      ...words.map((w) => `${w}了`),
      ...words.map((w) => w.slice(0, -1)),
      "",
      "\n",
      "部署\n部署会",
      "治党",
    ];
    for (const p of probes) expect(known.has(p), p).toBe(set.has(p));
  });

  it("reads an empty list, and a list ending in a line break, as splitting them would", () => {
    expect(lexicon("").has("")).toBe(false);
    expect(lexicon("").has("党建")).toBe(false);
    const trailing = lexicon("党建\n");
    expect(trailing.has("党建")).toBe(true);
    expect(trailing.has("")).toBe(true);
    expect(lexicon("党建\n党建").has("党建")).toBe(true);
  });

  it("answers about a span of a text as about the span's own words", () => {
    const known = lexicon(["部署", "会议", "研究"].join("\n"));
    // 研究部署会议: 部署 covers 部 and runs past [0, 3).
    expect(known.crossedAt("研究部署会议", 2, 0, 3)).toBe(true);
    expect(known.crossedAt("研究部署会议", 2, 2, 4)).toBe(false);
    expect(known.endsAt("研究部署会议", 4)).toBe(true);
    expect(known.endsAt("研究部署会议", 5)).toBe(false);
  });
});
