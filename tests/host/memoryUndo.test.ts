import { describe, expect, it } from "vitest";
import { EditableDocument } from "../../src/host/memory/EditableDocument";
import { MemoryHost } from "../../src/host/memory/MemoryHost";

const texts = (doc: EditableDocument) => doc.snapshot().paragraphs.map((p) => p.text);

describe("undo and redo in the memory document (the playground's Ctrl+Z and Ctrl+Y)", () => {
  it("undoes a run of typing as one step, as Word does, and redoes it", () => {
    const doc = new EditableDocument(["开头"]);
    for (const c of "加强学习") doc.replaceSelection(c);
    doc.replaceSelection("\n");
    for (const c of "第二段") doc.replaceSelection(c);
    expect(texts(doc)).toEqual(["开头加强学习", "第二段"]);
    expect(doc.undo()).toBe(true);
    expect(texts(doc)).toEqual(["开头加强学习", ""]);
    doc.undo();
    expect(texts(doc)).toEqual(["开头加强学习"]);
    doc.undo();
    expect(texts(doc)).toEqual(["开头"]);
    expect(doc.undo()).toBe(false);
    doc.redo();
    doc.redo();
    expect(texts(doc)).toEqual(["开头加强学习", ""]);
    expect(doc.selection().start).toEqual({ paragraph: 1, offset: 0 });
  });

  it("starts a new step when the caret moved between two characters typed", () => {
    const doc = new EditableDocument(["甲乙"]);
    doc.replaceSelection("丙");
    doc.collapseTo({ paragraph: 0, offset: 0 });
    doc.replaceSelection("丁");
    doc.undo();
    expect(texts(doc)).toEqual(["甲乙丙"]);
  });

  it("undoes what the task pane did through the host: an insert, a fix, 全部修改", async () => {
    const doc = new EditableDocument(["召开XX次会议，XX人参加"]);
    const host = new MemoryHost(doc);
    await host.read();
    await host.replace({ paragraph: 0, start: 2, end: 4, expected: "XX", text: "12" });
    await host.replaceEach([{ paragraph: 0, start: 8, end: 10, expected: "XX", text: "30" }]);
    await host.insertText("。");
    expect(texts(doc)).toEqual(["召开12次会议，30人参加。"]);
    doc.undo();
    doc.undo();
    expect(texts(doc)).toEqual(["召开12次会议，XX人参加"]);
    doc.undo();
    expect(texts(doc)).toEqual(["召开XX次会议，XX人参加"]);
  });

  it("undoes a host operation as one step: a block with its renumbering, a batch of comments", async () => {
    const doc = new EditableDocument(["（一）甲", "正文", "（二）乙"]);
    doc.collapseTo({ paragraph: 1, offset: 2 });
    const host = new MemoryHost(doc);
    await host.read();
    await host.insertBlock([{ text: "（二）新", level: 2, role: "heading" }], {
      at: { paragraph: 1, fill: false },
      edits: [{ paragraph: 2, start: 0, end: 3, expected: "（二）", text: "（三）" }],
    });
    expect(texts(doc)).toEqual(["（一）甲", "正文", "（二）新", "（三）乙"]);
    await host.comments.add([
      { paragraph: 0, start: 3, end: 4, expected: "甲", text: "一" },
      { paragraph: 1, start: 0, end: 2, expected: "正文", text: "二" },
    ]);
    expect(doc.comments).toHaveLength(2);
    doc.undo();
    expect(doc.comments).toHaveLength(0);
    doc.undo();
    expect(texts(doc)).toEqual(["（一）甲", "正文", "（二）乙"]);
  });

  it("forgets what could be redone once something new is done", () => {
    const doc = new EditableDocument(["甲"]);
    doc.replaceSelection("乙");
    doc.undo();
    doc.deleteBackward();
    expect(doc.redo()).toBe(false);
    expect(doc.canUndo).toBe(true);
  });
});
