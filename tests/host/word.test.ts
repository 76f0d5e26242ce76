import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/core/check/check";
import { addIgnored, IGNORED_SETTING, parseIgnored } from "../../src/core/check/ignore";
import { bodyParagraph } from "../../src/core/document";
import { insertionPoint } from "../../src/core/insertion";
import { GB_9704 } from "../../src/content/layout";
import { withFallbacks } from "../../src/core/layout/fonts";
import { WordHost } from "../../src/host/word/WordHost";
import { FakeWord } from "./fakeWord";

function setup(texts: string[], cursor = { paragraph: 0, offset: 0 }) {
  const word = new FakeWord(texts.map(bodyParagraph), { start: cursor, end: cursor });
  return { word, host: new WordHost(word.run, word.settings, word.environment) };
}

describe("Word host round trips", () => {
  it("reads a 3,000-paragraph document in one sync", async () => {
    const { word, host } = setup(
      Array.from({ length: 3000 }, (_, i) => `第${i}段`),
      { paragraph: 1500, offset: 2 }
    );
    const snapshot = await host.read();
    expect(word.syncs).toBe(1);
    expect(snapshot.paragraphs).toHaveLength(3000);
    expect(snapshot.selection.start).toEqual({ paragraph: 1500, offset: 2 });
    expect(word.calls.filter((c) => c.startsWith("body.paragraphs.load"))).toEqual([
      "body.paragraphs.load(items/text,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel,items/isListItem,items/listItemOrNullObject/listString,items/listItemOrNullObject/level,items/alignment,items/firstLineIndent,items/font/name,items/font/size,items/font/bold)",
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
    await host.replace({
      paragraph: finding.paragraph,
      start: finding.start,
      end: finding.end,
      expected: finding.text,
      text: finding.fix!,
    });
    expect((await host.read()).paragraphs[1]!.text).toBe("全年学习XX次，培训XX人。");
  });

  it("makes every fix of a long report (全部修改) in three syncs: read, find the repeated texts, write", async () => {
    const texts = Array.from(
      { length: 400 },
      (_, i) => `第${i}段召开XX次会议，XX人参加，树牢四个意识。`
    );
    const { word, host } = setup(texts);
    const { paragraphs } = await host.read();
    const all = paragraphs.flatMap((p, paragraph) => [
      {
        paragraph,
        start: p.text.indexOf("XX"),
        end: p.text.indexOf("XX") + 2,
        expected: "XX",
        text: "12",
      },
      {
        paragraph,
        start: p.text.lastIndexOf("XX"),
        end: p.text.lastIndexOf("XX") + 2,
        expected: "XX",
        text: "30",
      },
    ]);
    word.syncs = 0;
    expect(await host.replaceEach(all)).toEqual({ replaced: 800, skipped: 0 });
    expect(word.syncs).toBe(3);
    expect((await host.read()).paragraphs[399]!.text).toBe(
      "第399段召开12次会议，30人参加，树牢四个意识。"
    );
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
      {
        at: insertionPoint(snapshot),
        edits: [{ paragraph: 2, start: 0, end: 3, expected: "（二）", text: "（三）" }],
      }
    );
    expect(word.syncs).toBe(1);
    expect(word.texts()).toEqual(["（一）甲", "正文", "（二）新", "新正文", "（三）乙"]);
    expect(word.paragraphs[2]!.styleBuiltIn).toBe("Heading2");
    expect(word.paragraphs[2]!.format["font.name"]).toBe("楷体_GB2312");
    expect(word.paragraphs[3]!.styleBuiltIn).toBe("Normal");
    expect(word.paragraphs[3]!.format.firstLineIndent).toBe(32);
    // Every lookup comes before the first write, so a failed lookup writes nothing.
    const firstWrite = word.calls.findIndex(
      (c) => c.includes("insertText") || c.includes("insertParagraph")
    );
    const lastLookup = word.calls
      .map((c) => c.startsWith("paragraph.search") || c === "searchResults.getFirst()")
      .lastIndexOf(true);
    expect(lastLookup).toBeLessThan(firstWrite);
  });

  it("sets inserted paragraphs in the fonts chosen in place of missing ones", async () => {
    const { word, host } = setup(["正文"], { paragraph: 0, offset: 2 });
    const layout = withFallbacks(GB_9704, { 楷体_GB2312: "华文楷体", 仿宋_GB2312: "仿宋" });
    await host.insertBlock(
      [
        { text: "（一）新", level: 2, role: "heading" },
        { text: "新正文", level: 0, role: "body" },
      ],
      { at: insertionPoint(await host.read()), layout }
    );
    expect(word.paragraphs[1]!.format["font.name"]).toBe("华文楷体");
    expect(word.paragraphs[2]!.format["font.name"]).toBe("仿宋");
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

describe("Word host on documents as writers make them", () => {
  const report = [
    "市统计局2025年党建工作总结",
    "2025年，局党组坚持以党建引领业务发展。现将全年工作总结如下：",
    "主要工作",
    "全年召开学习会12次。",
    "存在的问题和不足",
    "学习的深度还不够。",
    "2026年工作打算",
    "抓好落实。",
  ];

  it("reads automatic list numbers as labels in the same sync, so headings numbered by Word count", async () => {
    const { word, host } = setup(report);
    for (const [i, label] of [
      [2, "一、"],
      [4, "二、"],
      [6, "四、"],
    ] as const)
      Object.assign(word.paragraphs[i]!, { isListItem: true, listString: label, listLevel: 0 });
    const snapshot = await host.read();
    expect(word.syncs).toBe(1);
    expect(snapshot.paragraphs.map((p) => p.label ?? "")).toEqual([
      "",
      "",
      "一、",
      "",
      "二、",
      "",
      "四、",
      "",
    ]);
    const { findings, sections } = checkDocument(snapshot.paragraphs);
    expect(sections.filter((s) => s.required).every((s) => s.status === "present")).toBe(true);
    expect(findings).toEqual([
      expect.objectContaining({ rule: "numbering", paragraph: 6, text: "" }),
    ]);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it("strips comment anchors and other marks from the text, keeping the selection's offset right", async () => {
    const { word, host } = setup(["深入\u0005学习\u000b贯彻"], { paragraph: 0, offset: 5 });
    const snapshot = await host.read();
    expect(snapshot.paragraphs[0]!.text).toBe("深入学习 贯彻");
    expect(snapshot.selection.start.offset).toBe(4);
    expect(word.syncs).toBe(1);
  });

  for (const [set, call] of [
    [
      "WordApi 1.7",
      'paragraph.getText({"IncludeTextMarkedAsDeleted":false,"IncludeHiddenText":true})',
    ],
    ["WordApi 1.4", "paragraph.getReviewedText(Current)"],
  ] as const) {
    it(`reads the text as accepted on ${set}: one more sync only when something is deleted, and fixes land in the right place`, async () => {
      const { word, host } = setup(["全年学习XX次。", "全年召开删去的字XX次会议。"]);
      word.supported.add(set);
      await host.read();
      expect(word.syncs).toBe(1);
      word.paragraphs[1]!.deleted = [[4, 8]];
      word.syncs = 0;
      word.calls.length = 0;
      const snapshot = await host.read();
      expect(word.syncs).toBe(2);
      expect(word.calls).toContain(call);
      expect(snapshot.limits?.deletedTextMayCount).toBeUndefined();
      expect(snapshot.paragraphs.map((p) => p.text)).toEqual([
        "全年学习XX次。",
        "全年召开XX次会议。",
      ]);
      const blank = checkDocument(snapshot.paragraphs).findings.find((f) => f.paragraph === 1)!;
      expect(blank).toMatchObject({ start: 4, end: 6, text: "XX" });
      await host.replace({
        paragraph: 1,
        start: blank.start,
        end: blank.end,
        expected: blank.text,
        text: "3",
      });
      expect(word.paragraphs[1]!.text).toBe("全年召开删去的字3次会议。");
    });
  }

  it("says that deleted text may count where Word cannot give the accepted text", async () => {
    const { host } = setup(["正文"]);
    expect((await host.read()).limits).toEqual({
      textBoxesUnread: true,
      deletedTextMayCount: true,
      eastAsiaFontUnread: true,
      pageUnread: true,
    });
  });

  it("reads the first section's headers and footers in the same sync, checks them, and fixes them in place", async () => {
    const { word, host } = setup(report);
    word.sections = [
      {
        headers: { Primary: ["XX局机关党委"], FirstPage: ["XX局机关党委"] },
        footers: { Primary: ["— 1 —"] },
      },
    ];
    const snapshot = await host.read();
    expect(word.syncs).toBe(1);
    expect(snapshot.paragraphs.slice(report.length).map((p) => `${p.part}:${p.text}`)).toEqual([
      "header:XX局机关党委",
      "footer:— 1 —",
    ]);
    const blank = checkDocument(snapshot.paragraphs).findings.find(
      (f) => f.rule === "placeholder"
    )!;
    expect(blank).toMatchObject({ part: "header", paragraph: report.length, text: "XX" });
    await host.replace({
      paragraph: blank.paragraph,
      start: blank.start,
      end: blank.end,
      expected: "XX",
      text: "市统计",
    });
    expect(word.partTexts(0, "header")).toEqual(["市统计局机关党委"]);
    expect(word.texts()).toEqual(report);
  });

  it("reads the headers of later sections in one more sync", async () => {
    const { word, host } = setup(report);
    word.sections = [
      { headers: { Primary: ["市统计局"] }, footers: {} },
      { headers: { Primary: ["某某处"] }, footers: {} },
    ];
    const snapshot = await host.read();
    expect(word.syncs).toBe(2);
    expect(snapshot.paragraphs.filter((p) => p.part).map((p) => p.text)).toEqual([
      "市统计局",
      "某某处",
    ]);
  });
});
