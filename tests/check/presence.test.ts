import { describe, expect, it } from "vitest";
import { findPresence } from "../../src/core/check/presence";
import { bodyParagraph } from "../../src/core/document";
import { buildOutline } from "../../src/core/outline";

function presenceOf(...texts: string[]) {
  const paragraphs = texts.map(bodyParagraph);
  const { latin, wide, unevenQuotes, textStart } = findPresence(
    paragraphs,
    buildOutline(paragraphs)
  );
  return {
    latin: [...latin],
    wide: [...wide],
    unevenQuotes: [...unevenQuotes],
    textStart: [...textStart],
  };
}

describe("which paragraphs hold the rarer characters", () => {
  it("sees Latin characters outside heading numbers only, and a marker before a number", () => {
    expect(
      presenceOf(
        "1.抓好学习。",
        "(二)抓好学习",
        "召开会议2次",
        "使用OA系统",
        "##paidbegin##（一）抓学习"
      ).latin
    ).toEqual([0, 0, 0, 1, 1]);
    expect(presenceOf("1.抓好学习。", "　　(二)抓好").textStart).toEqual([2, 5]);
  });

  it("sees the rarer full-width characters anywhere", () => {
    expect(presenceOf("联系人某某", "落实《条例》", "普通文字，没有别的。").wide).toEqual([
      1, 1, 0,
    ]);
  });

  it("sees quotes that do not simply alternate, with or without Latin text", () => {
    expect(
      presenceOf("增强“四个意识”，坚定“四个自信”", "增强“四个意识，坚定", "Word中”好“", "无引号")
        .unevenQuotes
    ).toEqual([0, 1, 1, 0]);
  });
});
