import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pinyin } from "pinyin-pro";
import { describe, expect, it } from "vitest";
import { PHRASES } from "../../src/content/phrases";
import { BUILTIN_ITEMS, fromUserEntry, quotedName } from "../../src/core/library";
import { normalizeQuery, PhraseIndex } from "../../src/core/phraseSearch";
import { pinyinKeys } from "../../src/core/pinyinKeys";

const toSyllables = (text: string) => pinyin(text, { toneType: "none", type: "array" });
const index = new PhraseIndex(BUILTIN_ITEMS);
const names = (query: string) => index.search(query).map((i) => i.name);

describe("phrase search", () => {
  it("finds by 汉字 substring, full pinyin and initials", () => {
    expect(names("四个意识")[0]).toBe("四个意识");
    expect(names("sgys")[0]).toBe("四个意识");
    expect(names("sigeyishi")[0]).toBe("四个意识");
    expect(names("一岗")[0]).toBe("一岗双责");
  });

  it("ignores spaces, case and quotes", () => {
    expect(names(" S G Y S ")[0]).toBe("四个意识");
    expect(names("“四个意识”")[0]).toBe("四个意识");
    expect(normalizeQuery(" “A b” ")).toBe("ab");
  });

  it("ranks exact name, then name prefix, then name substring, then expansions and sentences", () => {
    const results = names("四个");
    expect(results.slice(0, 2).sort()).toEqual(["四个意识", "四个自信"].sort());
    const byBody = index.search("看齐意识");
    expect(byBody[0]!.name).toBe("四个意识");
    const exactFirst = names("四风");
    expect(exactFirst[0]).toBe("四风");
  });

  it("returns everything for an empty query and nothing for nonsense", () => {
    expect(index.search("").length).toBe(BUILTIN_ITEMS.length);
    expect(index.search("zzzzqqq")).toEqual([]);
    expect(index.search("%$#")).toEqual([]);
  });

  it("filters and limits", () => {
    const onlyWriting = index.search("", (i) => !i.formulation);
    expect(onlyWriting.every((i) => !i.formulation)).toBe(true);
    expect(index.search("", () => true, 5)).toHaveLength(5);
  });

  it("searches the user's own entries by pinyin computed when they are added", () => {
    const own = fromUserEntry(
      { id: "u1", name: "廉政谈话", text: "开展廉政谈话。" },
      "user",
      toSyllables
    );
    const mixed = new PhraseIndex([...BUILTIN_ITEMS, own]);
    expect(mixed.search("lzth")[0]!.id).toBe("u1");
  });

  it("has build-time pinyin keys that match the library", () => {
    const file = JSON.parse(
      readFileSync(resolve(__dirname, "../../src/content/phrases/pinyin.generated.json"), "utf8")
    );
    const expected = Object.fromEntries(
      PHRASES.map((p) => [p.id, pinyinKeys(p.name, toSyllables)])
    );
    expect(file, "run: node scripts/build-pinyin.mjs").toEqual(expected);
  });

  it("quotes names for inline use", () => {
    expect(quotedName(BUILTIN_ITEMS.find((i) => i.name === "四个意识")!)).toBe("“四个意识”");
    expect(quotedName(BUILTIN_ITEMS.find((i) => i.name.includes("“四种形态”"))!)).toBe(
      "监督执纪“四种形态”"
    );
  });
});
