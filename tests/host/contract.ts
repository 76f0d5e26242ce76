import { describe, expect, it } from "vitest";
import type { BlockParagraph, DocParagraph, DocPosition } from "../../src/core/document";
import { insertionPoint } from "../../src/core/insertion";
import type { DocumentHost } from "../../src/host/DocumentHost";

export interface HostFixture {
  host: DocumentHost;
  texts(): string[];
}

export type MakeHost = (
  paragraphs: DocParagraph[],
  selection?: { start: DocPosition; end: DocPosition }
) => HostFixture;

const p = (
  text: string,
  level: DocParagraph["level"] = 0,
  extra: Partial<DocParagraph> = {}
): DocParagraph => ({
  text,
  level,
  inTable: false,
  inList: false,
  ...extra,
});
const at = (paragraph: number, offset: number): DocPosition => ({ paragraph, offset });
const cursor = (paragraph: number, offset: number) => ({
  start: at(paragraph, offset),
  end: at(paragraph, offset),
});

const heading: BlockParagraph = { text: "（二）加强理论武装", level: 2, role: "heading" };
const body: BlockParagraph = { text: "坚持用党的创新理论武装头脑。", level: 0, role: "body" };

async function insert(
  host: DocumentHost,
  block: BlockParagraph[],
  edits = [] as Parameters<DocumentHost["insertBlock"]>[1]["edits"]
) {
  const snapshot = await host.read();
  await host.insertBlock(block, { at: insertionPoint(snapshot), edits });
}

/** The behaviour every document host shares, run against each implementation. */
export function hostContract(name: string, make: MakeHost): void {
  describe(`${name}: the document host contract`, () => {
    it("reads paragraphs with levels, tables and lists, and the cursor", async () => {
      const { host } = make(
        [
          p("标题"),
          p("一、主要工作", 1),
          p("表格里", 0, { inTable: true }),
          p("列表项", 0, { inList: true }),
        ],
        cursor(1, 2)
      );
      const snapshot = await host.read();
      // What a host reads of the formatting differs (Word reads it, a typed document has none).
      expect(snapshot.paragraphs.map(({ format: _format, ...rest }) => rest)).toEqual([
        p("标题"),
        p("一、主要工作", 1),
        p("表格里", 0, { inTable: true }),
        p("列表项", 0, { inList: true }),
      ]);
      expect(snapshot.selection).toEqual({ start: at(1, 2), end: at(1, 2), text: "" });
    });

    it("reads a selection across paragraphs", async () => {
      const { host } = make([p("甲乙丙"), p("丁戊"), p("己庚辛")], {
        start: at(0, 1),
        end: at(2, 2),
      });
      const { selection } = await host.read();
      expect(selection).toEqual({ start: at(0, 1), end: at(2, 2), text: "乙丙\n丁戊\n己庚" });
    });

    it("reads a cursor at the start of a paragraph as that paragraph", async () => {
      const { host } = make([p(""), p(""), p("第三段")], cursor(1, 0));
      expect((await host.read()).selection.start).toEqual(at(1, 0));
    });

    it("inserts a block after the cursor's paragraph and leaves the cursor at its end", async () => {
      const fixture = make(
        [p("一、主要工作", 1), p("（一）强化政治建设", 2), p("正文内容。")],
        cursor(2, 2)
      );
      await insert(fixture.host, [heading, body]);
      expect(fixture.texts()).toEqual([
        "一、主要工作",
        "（一）强化政治建设",
        "正文内容。",
        heading.text,
        body.text,
      ]);
      const snapshot = await fixture.host.read();
      expect(snapshot.paragraphs.map((x) => x.level)).toEqual([1, 2, 0, 2, 0]);
      expect(snapshot.selection).toEqual({ ...cursor(4, body.text.length), text: "" });
    });

    it("inserts after a selection, never over it", async () => {
      const fixture = make([p("甲乙丙"), p("丁戊")], { start: at(0, 0), end: at(1, 1) });
      await insert(fixture.host, [body]);
      expect(fixture.texts()).toEqual(["甲乙丙", "丁戊", body.text]);
    });

    it("fills an empty paragraph that holds the cursor", async () => {
      const fixture = make([p("标题"), p("")], cursor(1, 0));
      await insert(fixture.host, [heading, body]);
      expect(fixture.texts()).toEqual(["标题", heading.text, body.text]);
    });

    it("renumbers the headings that follow in the same step", async () => {
      const fixture = make(
        [p("（一）甲", 2), p("正文"), p("（二）乙", 2), p("正文")],
        cursor(1, 1)
      );
      await insert(
        fixture.host,
        [heading],
        [{ paragraph: 2, start: 0, end: 3, expected: "（二）", text: "（三）" }]
      );
      expect(fixture.texts()).toEqual(["（一）甲", "正文", heading.text, "（三）乙", "正文"]);
    });

    it("writes nothing when a renumbering edit no longer matches", async () => {
      const fixture = make([p("（一）甲", 2), p("正文"), p("（五）乙", 2)], cursor(1, 1));
      await expect(
        insert(
          fixture.host,
          [heading],
          [{ paragraph: 2, start: 0, end: 3, expected: "（二）", text: "（三）" }]
        )
      ).rejects.toThrow();
      expect(fixture.texts()).toEqual(["（一）甲", "正文", "（五）乙"]);
    });

    it("inserts text inline at the cursor and moves the cursor after it", async () => {
      const fixture = make([p("增强和坚定")], cursor(0, 2));
      await fixture.host.insertText("“四个意识”");
      expect(fixture.texts()).toEqual(["增强“四个意识”和坚定"]);
      expect((await fixture.host.read()).selection.end).toEqual(at(0, 8));
    });

    it("inserts text after a selection unless asked to replace it", async () => {
      const fixture = make([p("甲乙丙")], { start: at(0, 0), end: at(0, 1) });
      await fixture.host.insertText("丁");
      expect(fixture.texts()).toEqual(["甲丁乙丙"]);
      await fixture.host.select({ paragraph: 0, start: 2, end: 3 });
      await fixture.host.insertText("戊", { replaceSelection: true });
      expect(fixture.texts()).toEqual(["甲丁戊丙"]);
    });

    it("selects a character range and a whole paragraph", async () => {
      const { host } = make([p("学习三会一课制度，落实三会一课。"), p("下一段")], cursor(1, 0));
      await host.select({ paragraph: 0, start: 11, end: 15 });
      expect((await host.read()).selection).toEqual({
        start: at(0, 11),
        end: at(0, 15),
        text: "三会一课",
      });
      await host.select({ paragraph: 1 });
      expect((await host.read()).selection.text).toBe("下一段");
    });

    it("replaces the right occurrence of repeated text", async () => {
      const fixture = make([p("XX单位召开XX次会议")], cursor(0, 0));
      await fixture.host.replace({ paragraph: 0, start: 6, end: 8, expected: "XX", text: "12" });
      expect(fixture.texts()).toEqual(["XX单位召开12次会议"]);
    });

    it("refuses a replacement whose text has changed, writing nothing", async () => {
      const fixture = make([p("召开XX次会议")], cursor(0, 0));
      await expect(
        fixture.host.replace({ paragraph: 0, start: 2, end: 4, expected: "某某", text: "12" })
      ).rejects.toThrow();
      expect(fixture.texts()).toEqual(["召开XX次会议"]);
    });

    it("replaces several ranges at once, repeated text and several in one paragraph included, skipping one whose text changed", async () => {
      const fixture = make(
        [p("XX单位召开XX次会议，XX人参加"), p("树牢四个意识"), p("坚持三会一课")],
        cursor(0, 0)
      );
      await fixture.host.read();
      const outcome = await fixture.host.replaceEach([
        { paragraph: 0, start: 0, end: 2, expected: "XX", text: "市局" },
        { paragraph: 0, start: 6, end: 8, expected: "XX", text: "12" },
        { paragraph: 0, start: 12, end: 14, expected: "XX", text: "86" },
        { paragraph: 1, start: 2, end: 6, expected: "五个意识", text: "“四个意识”" },
        { paragraph: 2, start: 2, end: 6, expected: "三会一课", text: "“三会一课”" },
      ]);
      expect(outcome).toEqual({ replaced: 4, skipped: 1 });
      expect(fixture.texts()).toEqual([
        "市局单位召开12次会议，86人参加",
        "树牢四个意识",
        "坚持“三会一课”",
      ]);
    });

    it("keeps settings", async () => {
      const { host } = make([p("")]);
      expect(await host.getSetting("ignored")).toBeUndefined();
      await host.setSetting("ignored", '["a"]');
      expect(await host.getSetting("ignored")).toBe('["a"]');
    });
  });
}
