/**
 * The Word host where real Word departs from the happy path: an office.js older than the Word that
 * runs it, a cursor outside the body, text Word's search cannot find, Word on Mac.
 */
import { describe, expect, it } from "vitest";
import { bodyParagraph } from "../../src/core/document";
import { HostError } from "../../src/host/DocumentHost";
import { checkContext } from "../../src/core/check/check";
import { layoutPlan } from "../../src/core/layout/plan";
import { GB_9704 } from "../../src/content/layout";
import { DOCUMENT_TYPES } from "../../src/content/documentTypes";
import { WordHost } from "../../src/host/word/WordHost";
import { insertDraft } from "../../src/taskpane/actions/insertDraft";
import { FakeWord } from "./fakeWord";
import { NPM_LIBRARY_LACKS } from "./npmOfficeJs";

/** Microsoft 365 on Windows: every set the host asks for. */
const NEWEST = ["WordApi 1.7", "WordApiDesktop 1.3"];

function setup(texts: string[], sets: readonly string[] = NEWEST, missing: readonly string[] = []) {
  const word = new FakeWord(texts.map(bodyParagraph), {
    start: { paragraph: 0, offset: 0 },
    end: { paragraph: 0, offset: 0 },
  });
  for (const set of sets) word.supported.add(set);
  for (const member of missing) word.missingMembers.add(member);
  return { word, host: new WordHost(word.run, word.settings, word.environment) };
}

describe("Word host with an office.js older than the Word that runs it", () => {
  it("reads where Microsoft 365 reports WordApiDesktop 1.3 and WordApi 1.7 but the library lacks their members, and says what it did not read", async () => {
    const { word, host } = setup(
      ["市统计局2025年党建工作总结", "全年召开删去的字XX次会议。"],
      NEWEST,
      NPM_LIBRARY_LACKS
    );
    word.paragraphs[1]!.deleted = [[4, 8]];
    const snapshot = await host.read();
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual([
      "市统计局2025年党建工作总结",
      "全年召开XX次会议。",
    ]);
    expect(snapshot.page).toBeUndefined();
    expect(snapshot.limits).toEqual({
      textBoxesUnread: true,
      eastAsiaFontUnread: true,
      pageUnread: true,
    });
    // The accepted text comes from WordApi 1.4's reviewed text, which this library has.
    expect(word.calls).toContain("paragraph.getReviewedText(Current)");
    expect(word.calls.some((c) => /pageSetup|getText|getTrackedChanges|nameFarEast/.test(c))).toBe(
      false
    );
  });

  it("lays out with font.name and leaves the page and page numbers to be set by hand", async () => {
    const { word, host } = setup(
      ["市统计局2025年党建工作总结", "一、主要工作", "正文。"],
      NEWEST,
      NPM_LIBRARY_LACKS
    );
    const snapshot = await host.read();
    const outcome = await host.applyLayout(
      layoutPlan(snapshot.paragraphs, checkContext(snapshot.paragraphs).outline, GB_9704)
    );
    expect(outcome).toMatchObject({ pageSet: false, pageNumbersSet: false });
    expect(outcome.formatted).toBeGreaterThan(0);
    expect(word.calls.some((c) => c.includes("font.name=") && !c.includes("nameFarEast"))).toBe(
      true
    );
    expect(word.calls.some((c) => /pageSetup|insertField|nameFarEast/.test(c))).toBe(false);
  });

  it("uses the newer members where the library has them", async () => {
    const { word, host } = setup(["正文。"], NEWEST);
    const snapshot = await host.read();
    expect(snapshot.page).toBeDefined();
    expect(snapshot.limits).toEqual({ textBoxesUnread: true });
    expect(word.calls).toContain("body.getTrackedChanges()");
    // No tracked deletion: the reviewed text, which scrolls Word on Mac, is never asked for.
    expect(word.calls.some((c) => c.includes("getReviewedText"))).toBe(false);
    expect(word.syncs).toBe(1);
  });
});

describe("Word host on Mac", () => {
  it("never asks for the reviewed text, which scrolls the document there (office-js #3691), and says deletions may count", async () => {
    const { word, host } = setup(["全年召开删去的字XX次会议。"], ["WordApi 1.4"]);
    word.platform = "Mac";
    word.paragraphs[0]!.deleted = [[4, 8]];
    const snapshot = await host.read();
    expect(word.calls.some((c) => c.includes("getReviewedText"))).toBe(false);
    expect(snapshot.limits?.deletedTextMayCount).toBe(true);
  });

  it("reads the accepted text through WordApi 1.7 when the document has tracked deletions", async () => {
    const { word, host } = setup(["全年召开删去的字XX次会议。"], ["WordApi 1.7"]);
    word.platform = "Mac";
    word.paragraphs[0]!.deleted = [[4, 8]];
    const snapshot = await host.read();
    expect(snapshot.paragraphs[0]!.text).toBe("全年召开XX次会议。");
    expect(word.calls.some((c) => c.includes("getReviewedText"))).toBe(false);
    expect(snapshot.limits?.deletedTextMayCount).toBeUndefined();
  });
});

describe("Word host with the cursor outside the body", () => {
  for (const nullNavigationFails of [true, false]) {
    it(`reads the document with the cursor in a header (${nullNavigationFails ? "a null object's navigation fails the sync" : "null objects all the way"})`, async () => {
      const { word, host } = setup(["市统计局2025年党建工作总结", "一、主要工作"]);
      word.sections = [{ headers: { Primary: ["机关党委"] }, footers: {} }];
      word.cursorIn = "header";
      word.nullNavigationFails = nullNavigationFails;
      const snapshot = await host.read();
      expect(snapshot.paragraphs.filter((p) => !p.part).map((p) => p.text)).toEqual([
        "市统计局2025年党建工作总结",
        "一、主要工作",
      ]);
      expect(snapshot.selection.outsideBody).toBe(true);
      expect(word.syncs).toBe(nullNavigationFails ? 2 : 1);
    });
  }

  it("refuses to insert a block there, with a message that says where to put the cursor, and writes nothing", async () => {
    const { word, host } = setup(["市统计局2025年党建工作总结"]);
    word.cursorIn = "header";
    const snapshot = await host.read();
    const refused = insertDraft(
      host,
      [{ text: "二、存在问题", level: 1, role: "heading" } as never],
      snapshot,
      DOCUMENT_TYPES[0]!
    );
    await expect(refused).rejects.toBeInstanceOf(HostError);
    await expect(refused).rejects.toMatchObject({ code: "outside" });
    expect(word.texts()).toEqual(["市统计局2025年党建工作总结"]);
  });
});

describe("Word host when Word's search cannot find a text", () => {
  /** A comment anchor inside 某某: the text reads 某某, but Word's search does not find it. */
  const marked = "请某\u0005某同志补充材料。";

  it("全部修改 makes the edits it can find and counts the one it cannot", async () => {
    const { word, host } = setup(["全年召开XX次会议。", marked, "培训XX人。"], ["WordApi 1.3"]);
    const { paragraphs } = await host.read();
    expect(paragraphs[1]!.text).toBe("请某某同志补充材料。");
    word.syncs = 0;
    const outcome = await host.replaceEach([
      { paragraph: 0, start: 4, end: 6, expected: "XX", text: "12" },
      { paragraph: 1, start: 1, end: 3, expected: "某某", text: "王明" },
      { paragraph: 2, start: 2, end: 4, expected: "XX", text: "30" },
    ]);
    expect(outcome).toEqual({ replaced: 2, skipped: 1 });
    expect(word.texts()).toEqual(["全年召开12次会议。", marked, "培训30人。"]);
    expect(word.syncs).toBe(3);
  });

  it("a single 改为 says the text has changed, writing nothing", async () => {
    const { word, host } = setup([marked], ["WordApi 1.3"]);
    await host.read();
    await expect(
      host.replace({ paragraph: 0, start: 1, end: 3, expected: "某某", text: "王明" })
    ).rejects.toMatchObject({ code: "stale" });
    expect(word.texts()).toEqual([marked]);
  });

  it("selects the paragraph when the exact text cannot be found", async () => {
    const { word, host } = setup(["前言。", marked], ["WordApi 1.3"]);
    await host.read();
    await host.select({ paragraph: 1, start: 1, end: 3 });
    expect(word.position(word.selection.start)).toEqual({ paragraph: 1, offset: 0 });
    expect(word.position(word.selection.end)).toEqual({ paragraph: 1, offset: marked.length });
  });

  it("finds text longer than Word's 255-character search by its head and tail, escapes counted", async () => {
    const long = `${"坚持^".repeat(70)}，全年召开XX次会议。`;
    const { word, host } = setup([`前言：${long}结束。`], ["WordApi 1.3"]);
    await host.read();
    await host.replace({
      paragraph: 0,
      start: 3,
      end: 3 + long.length,
      expected: long,
      text: "（已删节）",
    });
    expect(word.texts()).toEqual(["前言：（已删节）结束。"]);
    expect(
      word.calls
        .filter((c) => c.startsWith("paragraph.search("))
        .every((c) => c.slice("paragraph.search(".length).split(",{")[0]!.length <= 255)
    ).toBe(true);
  });

  it("adds the comments it can place and counts the one it cannot", async () => {
    const { word, host } = setup(["全年召开XX次会议。", marked], ["WordApi 1.4"]);
    await host.read();
    const outcome = await host.comments!.add([
      { paragraph: 0, start: 4, end: 6, expected: "XX", text: "未填写的空白" },
      { paragraph: 1, start: 1, end: 3, expected: "某某", text: "未填写的空白" },
    ]);
    expect(outcome).toEqual({ added: 1, skipped: 1 });
    expect(word.comments.map((c) => c.content)).toEqual(["未填写的空白"]);
  });
});
