import { describe, expect, it } from "vitest";
import {
  addIgnored,
  ignoredItems,
  ignoreKey,
  ignoreWordKey,
  parseIgnored,
  removeIgnored,
  withoutIgnored,
} from "../../src/core/check/ignore";
import type { Finding } from "../../src/core/check/types";
import { bodyParagraph } from "../../src/core/document";
import { parseAllowedWords, touchesAllowedWord } from "../../src/core/typo/allowedWords";
import { parseLibrary } from "../../src/core/userLibrary";

const paragraphs = ["全体党员发扬精益求经的精神。", "再次强调精益求经。", "文中的x要填写。"].map(
  bodyParagraph
);
const typo = (paragraph: number, start: number, text: string): Finding => ({
  rule: "typo",
  severity: "error",
  message: "",
  paragraph,
  start,
  end: start + text.length,
  text,
  fix: "精益求精",
});
const findings = [
  typo(0, 6, "精益求经"),
  typo(1, 4, "精益求经"),
  {
    rule: "placeholder",
    severity: "error",
    message: "",
    paragraph: 2,
    start: 2,
    end: 3,
    text: "x",
  } as Finding,
];

describe("忽略此词", () => {
  it("keeps a typo finding's text as correct everywhere in the document, not other rules' findings", () => {
    const stored = parseIgnored(addIgnored([], ignoreWordKey(findings[0]!)));
    const { shown, ignored } = withoutIgnored(findings, paragraphs, stored);
    expect(ignored).toBe(2);
    expect(shown.map((f) => f.rule)).toEqual(["placeholder"]);
  });

  it("lives beside ignored findings, and 恢复全部 (an empty list) brings it back", () => {
    const stored = parseIgnored(
      addIgnored(
        parseIgnored(addIgnored([], ignoreKey(findings[2]!, paragraphs))),
        ignoreWordKey(findings[0]!)
      )
    );
    expect(withoutIgnored(findings, paragraphs, stored).shown).toEqual([]);
    expect(withoutIgnored(findings, paragraphs, []).shown).toHaveLength(3);
  });
});

describe("an organisation's allowed words", () => {
  it("hide typo findings they touch: a longer word holding the span, or a shorter one inside it", () => {
    expect(
      withoutIgnored(findings, paragraphs, [], ["发扬精益求经的"]).shown.map((f) => f.paragraph)
    ).toEqual([1, 2]);
    expect(touchesAllowedWord("再次强调精益求经。", 4, 8, ["求经"])).toBe(true);
    expect(touchesAllowedWord("再次强调精益求经。", 4, 8, ["再次"])).toBe(false);
    expect(touchesAllowedWord("再次强调精益求经。", 4, 8, ["经。"])).toBe(true);
  });

  it("come from the shared library file's allowedWords, checked", () => {
    const file = (extra: object) =>
      JSON.stringify({ format: "dangjian-writer/phrases", version: 1, entries: [], ...extra });
    expect(parseLibrary(file({ allowedWords: ["侯家塘", " 侯家塘 ", "精益求经"] }))).toEqual({
      ok: true,
      entries: [],
      allowedWords: ["侯家塘", "精益求经"],
    });
    expect(parseLibrary(file({}))).toEqual({ ok: true, entries: [] });
    expect(parseLibrary(file({ allowedWords: "侯家塘" }))).toMatchObject({
      ok: false,
      error: expect.stringContaining("allowedWords"),
    });
    expect(parseAllowedWords(["", "a"])).toMatchObject({
      ok: false,
      error: expect.stringContaining("第 1 条"),
    });
  });
});

describe("restoring ignored findings one at a time", () => {
  const stored = parseIgnored(
    addIgnored(
      parseIgnored(addIgnored([], ignoreKey(findings[2]!, paragraphs))),
      ignoreWordKey(findings[0]!)
    )
  );

  it("lists each ignored finding and each word marked as correct, with what it hides", () => {
    expect(ignoredItems(findings, paragraphs, [...stored, "placeholder|gone|x|"])).toEqual([
      { key: ignoreWordKey(findings[0]!), word: "精益求经", hidden: 2 },
      { key: ignoreKey(findings[2]!, paragraphs), finding: findings[2], hidden: 1 },
    ]);
  });

  it("brings back the one restored and keeps the other ignored", () => {
    const word = parseIgnored(removeIgnored(stored, ignoreWordKey(findings[0]!)));
    expect(withoutIgnored(findings, paragraphs, word).shown).toEqual(findings.slice(0, 2));
    const blank = parseIgnored(removeIgnored(stored, ignoreKey(findings[2]!, paragraphs)));
    expect(withoutIgnored(findings, paragraphs, blank).shown).toEqual([findings[2]]);
    expect(ignoredItems(findings, paragraphs, blank).map((i) => i.word)).toEqual(["精益求经"]);
  });
});
