import { pinyin } from "pinyin-pro";
import { describe, expect, it } from "vitest";
import { BUILTIN_ITEMS, fromUserEntry } from "../../src/core/library";
import { PhraseIndex } from "../../src/core/phraseSearch";
import { isKnownWord } from "../../src/core/nameWords";
import { suggestName } from "../../src/core/phraseName";

const toSyllables = (text: string) => pinyin(text, { toneType: "none", type: "array" });

describe("one's own phrases", () => {
  it("are named from the selection at a punctuation mark, not mid-word", () => {
    expect(suggestName("深入开展党纪学习教育，引导党员干部学纪知纪明纪守纪。", isKnownWord)).toBe(
      "深入开展党纪学习教育"
    );
    expect(suggestName("  坚持问题导向  ")).toBe("坚持问题导向");
    // Without a mark to cut at, the last whole word within the limit.
    expect(suggestName("以高质量党建引领保障高质量发展取得新成效", isKnownWord)).toBe(
      "以高质量党建引领保障高质量发展"
    );
  });

  it("are found by the pinyin of words further in their text, not only of their name", () => {
    const own = fromUserEntry(
      { id: "u1", name: "机关作风", text: "持续整治形式主义为基层减负，推动机关作风持续向好。" },
      "user",
      toSyllables
    );
    const index = new PhraseIndex([...BUILTIN_ITEMS, own]);
    expect(index.search("jiceng").map((i) => i.id)).toContain("u1");
    expect(index.search("wjcjf").map((i) => i.id)).toContain("u1");
    expect(index.search("jgzf")[0]!.id).toBe("u1");
  });

  it("offer a near match for a query with one wrong initial, and nothing for a real miss", () => {
    const index = new PhraseIndex(BUILTIN_ITEMS);
    expect(index.search("sgyx")).toEqual([]);
    expect(index.nearMatches("sgyx").map((i) => i.name)).toContain("四个意识");
    expect(index.nearMatches("qqqqqq")).toEqual([]);
    expect(index.nearMatches("四个")).toEqual([]);
  });
});
