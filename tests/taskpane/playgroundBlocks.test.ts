import { describe, expect, it } from "vitest";
import { blockRanges, LONG_PARAGRAPH } from "../../src/playground/chunks";

const sentence = "在党委的坚强领导下，我们认真学习贯彻党的二十大精神。";

describe("blocks of a long paragraph in the playground", () => {
  it("keeps an ordinary paragraph whole", () => {
    expect(blockRanges("一、主要工作")).toEqual([[0, 6]]);
    expect(blockRanges("")).toEqual([[0, 0]]);
    expect(blockRanges("字".repeat(LONG_PARAGRAPH))).toEqual([[0, LONG_PARAGRAPH]]);
  });

  it("cuts a long paragraph after punctuation, covering every character once", () => {
    const text = sentence.repeat(2000);
    const ranges = blockRanges(text);
    expect(ranges.length).toBeGreaterThan(10);
    expect(ranges[0]![0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
    for (const [, end] of ranges.slice(0, -1)) expect(text[end - 1]).toBe("。");
  });

  it("cuts text without punctuation at a fixed length", () => {
    const ranges = blockRanges("字".repeat(10_000));
    expect(ranges).toEqual([
      [0, 4000],
      [4000, 8000],
      [8000, 10_000],
    ]);
  });

  it("moves only the edited block when a character is typed: the blocks after it keep their text", () => {
    const text = sentence.repeat(2000);
    const before = blockRanges(text).map(([s, e]) => text.slice(s, e));
    const at = Math.floor(text.length / 2);
    const edited = text.slice(0, at) + "字" + text.slice(at);
    const after = blockRanges(edited).map(([s, e]) => edited.slice(s, e));
    const changed = after.filter((block, i) => block !== before[i]);
    expect(changed).toHaveLength(1);
    expect(after).toHaveLength(before.length);
  });
});
