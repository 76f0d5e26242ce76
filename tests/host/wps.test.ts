import { describe, expect, it } from "vitest";
import { GB_9704 } from "../../src/content/layout";
import type { DocParagraph } from "../../src/core/document";
import { insertionPoint } from "../../src/core/insertion";
import { withFallbacks } from "../../src/core/layout/fonts";
import { layoutPlan } from "../../src/core/layout/plan";
import { buildOutline } from "../../src/core/outline";
import { FakeWps } from "../../src/host/wps/fake/FakeWps";
import { WPS } from "../../src/host/wps/model";
import { WpsHost } from "../../src/host/wps/WpsHost";

const p = (text: string, extra: Partial<DocParagraph> = {}): DocParagraph => ({
  text,
  level: 0,
  inTable: false,
  inList: false,
  ...extra,
});

function setup(paragraphs: DocParagraph[]) {
  const app = new FakeWps(paragraphs);
  const doc = app.ActiveDocument!;
  return { app, doc, host: new WpsHost(app) };
}

describe("the WPS host where positions drift from the text", () => {
  it("the fake keeps the quirks: a cell mark is one position read as two characters, field code takes positions the text leaves out", () => {
    const { doc } = setup([p("单元格", { inTable: true }), p("见第页")]);
    doc.addField({ paragraph: 1, offset: 2, code: " PAGE ", result: "1" });
    const cell = doc.Paragraphs.Item(1).Range;
    expect(cell.Text).toBe("单元格\r\u0007");
    expect(cell.End - cell.Start).toBe(4);
    const after = doc.Paragraphs.Item(2).Range;
    expect(after.Text).toBe("见第1页\r");
    expect(after.End - after.Start).toBeGreaterThan(after.Text.length);
  });

  it("reads a cell's and a field's paragraph as they read, and the cursor after a field by its text", async () => {
    const { doc, host } = setup([p("单元格", { inTable: true }), p("见第页，共五页")]);
    doc.addField({ paragraph: 1, offset: 2, code: " PAGE ", result: "12" });
    doc.setSelection({ paragraph: 1, offset: 5 });
    const snapshot = await host.read();
    expect(snapshot.paragraphs.map((x) => x.text)).toEqual(["单元格", "见第12页，共五页"]);
    expect(snapshot.paragraphs[0]!.inTable).toBe(true);
    expect(snapshot.selection.start).toEqual({ paragraph: 1, offset: 5 });
  });

  it("reads a selection through the document's last mark as ending at the last paragraph's end", async () => {
    const { doc, host } = setup([p("甲乙"), p("丙丁")]);
    doc.selection.set(0, doc.chars.length);
    expect((await host.read()).selection).toMatchObject({
      start: { paragraph: 0, offset: 0 },
      end: { paragraph: 1, offset: 2 },
    });
  });

  it("replaces and selects text after a field and in a table cell where offsets added to positions would miss", async () => {
    const { doc, host } = setup([p("表中XX单位", { inTable: true }), p("第页XX次会议")]);
    doc.addField({ paragraph: 1, offset: 1, code: " PAGE ", result: "3" });
    await host.read();
    await host.replace({ paragraph: 1, start: 3, end: 5, expected: "XX", text: "12" });
    await host.replace({ paragraph: 0, start: 2, end: 4, expected: "XX", text: "市局" });
    expect(doc.texts()).toEqual(["表中市局单位", "第3页12次会议"]);
    await host.select({ paragraph: 1, start: 6, end: 8 });
    expect((await host.read()).selection.text).toBe("会议");
  });

  it("finds a later occurrence of repeated text and text with ^, which Find reads as special", async () => {
    const { doc, host } = setup([p("XX和XX和X^X")]);
    await host.replace({ paragraph: 0, start: 3, end: 5, expected: "XX", text: "乙" });
    await host.replace({ paragraph: 0, start: 5, end: 8, expected: "X^X", text: "丙" });
    expect(doc.texts()).toEqual(["XX和乙和丙"]);
  });
});

describe("the WPS host's inserts", () => {
  it("keeps inserted paragraphs out of a neighbour's automatic list: their numbers are in their text", async () => {
    const { doc, host } = setup([p("甲"), p("列表项", { inList: true, label: "1." })]);
    doc.setSelection({ paragraph: 0, offset: 1 });
    await host.insertBlock([{ text: "（一）新", level: 2, role: "heading" }], {
      at: insertionPoint(await host.read()),
    });
    const { paragraphs } = await host.read();
    expect(paragraphs.map((x) => [x.text, x.inList, x.level])).toEqual([
      ["甲", false, 0],
      ["（一）新", false, 2],
      ["列表项", true, 0],
    ]);
  });
});

describe("the WPS host's inserted paragraphs", () => {
  it("are set in the fonts chosen in place of missing ones", async () => {
    const { doc, host } = setup([p("正文")]);
    doc.setSelection({ paragraph: 0, offset: 2 });
    const layout = withFallbacks(GB_9704, { 楷体_GB2312: "华文楷体", 仿宋_GB2312: "仿宋" });
    await host.insertBlock(
      [
        { text: "（一）新", level: 2, role: "heading" },
        { text: "新正文", level: 0, role: "body" },
      ],
      { at: insertionPoint(await host.read()), layout }
    );
    expect(doc.paragraphState(1).font.NameFarEast).toBe("华文楷体");
    expect(doc.paragraphState(2).font.NameFarEast).toBe("仿宋");
  });
});

describe("the WPS host's undo steps", () => {
  it("makes a block with its renumbering one undo step, which undoes all of it", async () => {
    const { doc, host } = setup([
      p("（一）甲", { level: 2 }),
      p("正文"),
      p("（二）乙", { level: 2 }),
    ]);
    doc.setSelection({ paragraph: 1, offset: 1 });
    const before = doc.undoStack.length;
    const snapshot = await host.read();
    await host.insertBlock(
      [
        { text: "（二）新", level: 2, role: "heading" },
        { text: "新的正文。", level: 0, role: "body" },
      ],
      {
        at: insertionPoint(snapshot),
        edits: [{ paragraph: 2, start: 0, end: 3, expected: "（二）", text: "（三）" }],
      }
    );
    expect(doc.texts()).toEqual(["（一）甲", "正文", "（二）新", "新的正文。", "（三）乙"]);
    expect(doc.undoStack.length).toBe(before + 1);
    doc.undo();
    expect(doc.texts()).toEqual(["（一）甲", "正文", "（二）乙"]);
  });

  it("makes 全部修改 one undo step", async () => {
    const { doc, host } = setup([p("XX单位"), p("召开XX次")]);
    await host.read();
    await host.replaceEach([
      { paragraph: 0, start: 0, end: 2, expected: "XX", text: "市局" },
      { paragraph: 1, start: 2, end: 4, expected: "XX", text: "12" },
    ]);
    expect(doc.undoStack.length).toBe(1);
    doc.undo();
    expect(doc.texts()).toEqual(["XX单位", "召开XX次"]);
  });

  it("closes the undo record when an edit fails half way", async () => {
    const { doc, host } = setup([p("正文")]);
    const { StartCustomRecord, EndCustomRecord } = doc.UndoRecord;
    let open = 0;
    doc.UndoRecord.StartCustomRecord = (name: string) => (open++, StartCustomRecord(name));
    doc.UndoRecord.EndCustomRecord = () => (open--, EndCustomRecord());
    Object.defineProperty(doc.pageSetup, "LayoutMode", {
      set() {
        throw new Error("不支持");
      },
    });
    const { paragraphs } = await host.read();
    await expect(
      host.applyLayout(layoutPlan(paragraphs, buildOutline(paragraphs), GB_9704))
    ).rejects.toThrow("不支持");
    expect(open).toBe(0);
  });
});

describe("what WPS does that Word's API cannot", () => {
  it("一键排版 sets the 东亚 typeface apart, the first-line indent in characters, 固定值 line spacing and the page grid, in one undo step", async () => {
    const { doc, host } = setup([
      p("关于2026年工作的报告"),
      p("一、主要工作", { level: 1 }),
      p("全年召开会议十二次。"),
    ]);
    const { paragraphs } = await host.read();
    const outcome = await host.applyLayout(
      layoutPlan(paragraphs, buildOutline(paragraphs), GB_9704)
    );
    expect(outcome).toMatchObject({
      formatted: 3,
      skipped: 0,
      pageSet: true,
      pageNumbersSet: false,
    });
    const body = doc.paragraphState(2);
    expect(body.font.NameFarEast).toBe("仿宋_GB2312");
    expect(body.font.NameAscii).toBe("Times New Roman");
    expect(body.CharacterUnitFirstLineIndent).toBe(2);
    expect(body.LineSpacingRule).toBe(WPS.wdLineSpaceExactly);
    expect(doc.pageSetup).toMatchObject({
      LayoutMode: WPS.wdLayoutModeGrid,
      LinesPage: 22,
      CharsLine: 28,
    });
    expect(doc.undoStack.length).toBe(1);
    const read = await host.read();
    expect(read.paragraphs[2]!.format).toMatchObject({
      eastAsiaFont: "仿宋_GB2312",
      firstLineChars: 2,
      lineSpacing: { rule: "exact" },
    });
    expect(read.page?.grid?.charsPerLine).toBe(28);
  });

  it("skips a paragraph whose text changed since the read, and formats a run-in heading's words apart", async () => {
    const { doc, host } = setup([
      p("一、主要工作", { level: 1 }),
      p("（一）加强学习。全年学习十二次。", { level: 2 }),
      p("正文"),
    ]);
    const { paragraphs } = await host.read();
    const plan = layoutPlan(paragraphs, buildOutline(paragraphs), GB_9704);
    doc.Paragraphs.Item(3).Range.InsertBefore("改");
    const outcome = await host.applyLayout(plan);
    expect(outcome.skipped).toBe(1);
    const head = plan.steps.find((s) => s.head)!;
    expect(head.paragraph).toBe(1);
    const start = doc.Paragraphs.Item(2).Range.Start;
    expect(doc.Range(start, start + 2).Font.NameFarEast).toBe(head.target.eastAsiaFont);
    expect(
      doc.Range(start + head.head!.length, start + head.head!.length + 2).Font.NameFarEast
    ).toBe(head.head!.rest.eastAsiaFont);
  });
});

describe("comments and settings in WPS", () => {
  it("adds comments as 党建写作助手 and removes only those", async () => {
    const { doc, host } = setup([p("树牢五个意识")]);
    doc.Comments.Add(doc.Range(0, 2), "别人的批注");
    await host.read();
    expect(
      await host.comments.add([
        { paragraph: 0, start: 2, end: 6, expected: "五个意识", text: "应为“四个意识”" },
      ])
    ).toEqual({ added: 1, skipped: 0 });
    expect(doc.comments.map((c) => [c.author, c.range.Text])).toEqual([
      ["张三", "树牢"],
      ["党建写作助手", "五个意识"],
    ]);
    expect(await host.comments.removeOwn()).toBe(1);
    expect(doc.comments.map((c) => c.text)).toEqual(["别人的批注"]);
  });

  it("removes its own comments by what they say where WPS keeps the user as the author", async () => {
    const { app, doc, host } = setup([p("树牢五个意识")]);
    const add = doc.Comments.Add.bind(doc.Comments);
    const comments = doc.Comments;
    // A WPS that ignores writes to Author: each comment keeps the user's name.
    const keepsUser = <T extends object>(comment: T) =>
      Object.defineProperty(
        { ...comment, Delete: (comment as { Delete(): void }).Delete },
        "Author",
        { get: () => app.UserName, set: () => undefined }
      );
    Object.defineProperty(doc, "Comments", {
      get: () => ({
        Count: comments.Count,
        Item: (i: number) => keepsUser(comments.Item(i)),
        Add: (range: never, text: string) => keepsUser(add(range, text)),
      }),
    });
    await host.read();
    await host.comments.add([
      { paragraph: 0, start: 2, end: 6, expected: "五个意识", text: "应为“四个意识”" },
    ]);
    doc.comments.push({
      range: doc.Range(0, 2) as never,
      text: "别人的批注",
      author: "张三",
      initial: "",
    });
    expect(await host.comments.removeOwn()).toBe(1);
    expect(doc.comments.map((c) => c.text)).toEqual(["别人的批注"]);
  });

  it("keeps settings as document variables", async () => {
    const { doc, host } = setup([p("")]);
    await host.setSetting("ignored", "[1]");
    await host.setSetting("ignored", "[2]");
    expect(doc.variables.get("dangjian.ignored")).toBe("[2]");
    expect(await host.getSetting("ignored")).toBe("[2]");
  });

  it("says deleted text may count when the document has revisions", async () => {
    const { doc, host } = setup([p("甲")]);
    expect((await host.read()).limits?.deletedTextMayCount).toBeUndefined();
    doc.revisionCount = 2;
    expect((await host.read()).limits?.deletedTextMayCount).toBe(true);
  });
});
