import { describe, expect, it } from "vitest";
import { characterCount } from "../../src/core/characterCount";
import { bodyParagraph } from "../../src/core/document";

describe("字数", () => {
  it("counts the body's characters without spaces, full-width ones included, and leaves out headers", () => {
    const paragraphs = [
      bodyParagraph("市统计局 2025年\u3000总结"),
      bodyParagraph(""),
      bodyParagraph("一、主要工作\t"),
      { ...bodyParagraph("XX局机关党委"), part: "header" as const },
    ];
    expect(characterCount(paragraphs)).toBe(11 + 6);
  });
});
