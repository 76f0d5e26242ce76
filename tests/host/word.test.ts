import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/core/check/check";
import { addIgnored, IGNORED_SETTING, parseIgnored } from "../../src/core/check/ignore";
import { bodyParagraph } from "../../src/core/document";
import { insertionPoint } from "../../src/core/insertion";
import { WordHost } from "../../src/host/word/WordHost";
import { FakeWord } from "./fakeWord";

function setup(texts: string[], cursor = { paragraph: 0, offset: 0 }) {
  const word = new FakeWord(texts.map(bodyParagraph), { start: cursor, end: cursor });
  return { word, host: new WordHost(word.run, word.settings) };
}

describe("Word host round trips", () => {
  it("reads a 3,000-paragraph document in one sync", async () => {
    const { word, host } = setup(Array.from({ length: 3000 }, (_, i) => `第${i}段`), { paragraph: 1500, offset: 2 });
    const snapshot = await host.read();
    expect(word.syncs).toBe(1);
    expect(snapshot.paragraphs).toHaveLength(3000);
    expect(snapshot.selection.start).toEqual({ paragraph: 1500, offset: 2 });
    expect(word.calls.filter((c) => c.startsWith("body.paragraphs.load"))).toEqual([
      "body.paragraphs.load(items/text,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel,items/isListItem)",
    ]);
  });

  it("gives the checker a document and its ignored findings for one sync, and replaces a finding's text in place", async () => {
    const { word, host } = setup(["市统计局2025年党建工作总结", "全年学习XX次，，培训XX人。"]);
    await host.setSetting(IGNORED_SETTING, addIgnored([], "placeholder|x|XX|y"));
    word.syncs = 0;
    const { paragraphs } = await host.read();
    const ignored = parseIgnored(await host.getSetting(IGNORED_SETTING));
    expect(word.syncs).toBe(1);
    expect(ignored).toEqual(["placeholder|x|XX|y"]);
    const finding = checkDocument(paragraphs).findings.find((f) => f.rule === "punctuation")!;
    await host.replace({ paragraph: finding.paragraph, start: finding.start, end: finding.end, expected: finding.text, text: finding.fix! });
    expect((await host.read()).paragraphs[1]!.text).toBe("全年学习XX次，培训XX人。");
  });

  it("inserts a block with renumbering in one sync, styling headings with built-in styles", async () => {
    const { word, host } = setup(["（一）甲", "正文", "（二）乙"], { paragraph: 1, offset: 0 });
    const snapshot = await host.read();
    word.syncs = 0;
    word.calls.length = 0;
    await host.insertBlock(
      [
        { text: "（二）新", level: 2, role: "heading" },
        { text: "新正文", level: 0, role: "body" },
      ],
      { at: insertionPoint(snapshot), edits: [{ paragraph: 2, start: 0, end: 3, expected: "（二）", text: "（三）" }] },
    );
    expect(word.syncs).toBe(1);
    expect(word.texts()).toEqual(["（一）甲", "正文", "（二）新", "新正文", "（三）乙"]);
    expect(word.paragraphs[2]!.styleBuiltIn).toBe("Heading2");
    expect(word.paragraphs[2]!.format["font.name"]).toBe("楷体_GB2312");
    expect(word.paragraphs[3]!.styleBuiltIn).toBe("Normal");
    expect(word.paragraphs[3]!.format.firstLineIndent).toBe(32);
    // Every lookup comes before the first write, so a failed lookup writes nothing.
    const firstWrite = word.calls.findIndex((c) => c.includes("insertText") || c.includes("insertParagraph"));
    const lastLookup = word.calls.map((c) => c.startsWith("paragraph.search") || c === "searchResults.getFirst()").lastIndexOf(true);
    expect(lastLookup).toBeLessThan(firstWrite);
  });

  it("inserts inline text in one sync", async () => {
    const { word, host } = setup(["增强"], { paragraph: 0, offset: 2 });
    await host.insertText("“四个意识”");
    expect(word.syncs).toBe(1);
    expect(word.calls).toContain("range.insertText(“四个意识”,End)");
    expect(word.calls).toContain("range.select(End)");
  });

  it("takes heading levels from the outline level when the style is not a heading", async () => {
    const { word, host } = setup(["一、主要工作", "正文"]);
    Object.assign(word.paragraphs[0]!, { styleBuiltIn: "Other", outlineLevel: 1 });
    Object.assign(word.paragraphs[1]!, { styleBuiltIn: "Heading7", outlineLevel: 7 });
    const snapshot = await host.read();
    expect(snapshot.paragraphs.map((p) => p.level)).toEqual([1, 4]);
  });

  it("escapes Word's special search character when selecting text", async () => {
    const { word, host } = setup(["公式 a^2 与 a^2"]);
    await host.select({ paragraph: 0, start: 9, end: 12 });
    expect(word.calls).toContain('paragraph.search(a^^2,{"matchCase":true})');
    expect(word.position(word.selection.start)).toEqual({ paragraph: 0, offset: 9 });
  });
});
