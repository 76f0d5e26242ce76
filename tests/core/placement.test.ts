import { describe, expect, it } from "vitest";
import type { DocParagraph, DocSnapshot } from "../../src/core/document";
import type { DraftParagraph } from "../../src/core/placement";
import { placeBlock } from "../../src/core/placement";

const body = (text: string): DocParagraph => ({ text, level: 0, inTable: false, inList: false });
function doc(texts: string[], cursorParagraph = texts.length - 1, offset?: number): DocSnapshot {
  const at = { paragraph: cursorParagraph, offset: offset ?? texts[cursorParagraph]!.length };
  return { paragraphs: texts.map(body), selection: { start: at, end: at, text: "" } };
}
const topic: DraftParagraph[] = [
  { text: "新的议题", level: 2, role: "heading", numbered: true },
  { text: "正文。", level: 0, role: "body" },
];
const section: DraftParagraph[] = [
  { text: "新的部分", level: 1, role: "heading", numbered: true },
  { text: "甲", level: 2, role: "heading", numbered: true },
  { text: "乙", level: 2, role: "heading", numbered: true },
];

describe("placing a block where the cursor is", () => {
  it("continues the numbering: a topic after （三） becomes （四） and the later topics move on", () => {
    const placed = placeBlock(
      doc(
        [
          "一、主要工作",
          "（一）甲",
          "（二）乙",
          "（三）丙",
          "正文三",
          "（四）丁",
          "正文四",
          "（五）戊",
        ],
        4
      ),
      topic
    );
    expect(placed.paragraphs.map((p) => p.text)).toEqual(["（四）新的议题", "正文。"]);
    expect(placed.edits).toEqual([
      { paragraph: 5, start: 0, end: 3, expected: "（四）", text: "（五）" },
      { paragraph: 7, start: 0, end: 3, expected: "（五）", text: "（六）" },
    ]);
    expect(placed.at).toEqual({ paragraph: 4, fill: false });
  });

  it("numbers nested levels: a section after 二、 is 三、 with its topics from （一）, later sections renumbered", () => {
    const placed = placeBlock(
      doc(["一、甲", "（一）子", "二、乙", "（一）子", "三、丙", "（一）子"], 3),
      section
    );
    expect(placed.paragraphs.map((p) => p.text)).toEqual(["三、新的部分", "（一）甲", "（二）乙"]);
    expect(placed.edits).toEqual([
      { paragraph: 4, start: 0, end: 2, expected: "三、", text: "四、" },
    ]);
  });

  it("inserting at the start numbers from one and shifts everything after", () => {
    const snapshot = doc(["", "一、甲", "二、乙"], 0);
    const placed = placeBlock(snapshot, [
      { text: "新", level: 1, role: "heading", numbered: true },
    ]);
    expect(placed.at).toEqual({ paragraph: 0, fill: true });
    expect(placed.paragraphs[0]!.text).toBe("一、新");
    expect(placed.edits.map((e) => e.text)).toEqual(["二、", "三、"]);
  });

  it("inserting at the end changes nothing else", () => {
    const placed = placeBlock(doc(["一、甲", "（一）子", "（二）子"]), topic);
    expect(placed.paragraphs[0]!.text).toBe("（三）新的议题");
    expect(placed.edits).toEqual([]);
  });

  it("starts from 一、 and （一） in a document with no numbering yet", () => {
    const placed = placeBlock(doc(["某单位2024年工作总结", "现将有关情况报告如下。"]), section);
    expect(placed.paragraphs.map((p) => p.text)).toEqual(["一、新的部分", "（一）甲", "（二）乙"]);
  });

  it("reads plain-text headings without styles, with leading spaces and half-width brackets", () => {
    const placed = placeBlock(
      doc(["　　一、主要工作", "　　(一)甲", "正文", "　　(二)乙"], 2),
      topic
    );
    expect(placed.paragraphs[0]!.text).toBe("（二）新的议题");
    expect(placed.edits).toEqual([
      { paragraph: 3, start: 2, end: 5, expected: "(二)", text: "(三)" },
    ]);
  });

  it("restarts deeper numbering under the new heading", () => {
    const placed = placeBlock(doc(["（一）甲", "1.子一", "2.子二", "（二）乙", "1.子一"], 1), [
      { text: "新", level: 2, role: "heading", numbered: true },
    ]);
    expect(placed.paragraphs[0]!.text).toBe("（二）新");
    expect(placed.edits).toEqual([
      { paragraph: 2, start: 0, end: 2, expected: "2.", text: "1." },
      { paragraph: 3, start: 0, end: 3, expected: "（二）", text: "（三）" },
    ]);
  });

  it("ignores numbers inside tables", () => {
    const snapshot = doc(["一、甲", "1.表内", "二、乙"], 0);
    snapshot.paragraphs[1] = { ...snapshot.paragraphs[1]!, inTable: true };
    const placed = placeBlock(snapshot, [
      { text: "新", level: 1, role: "heading", numbered: true },
    ]);
    expect(placed.edits).toEqual([
      { paragraph: 2, start: 0, end: 2, expected: "二、", text: "三、" },
    ]);
  });
});
