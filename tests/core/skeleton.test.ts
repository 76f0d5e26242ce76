import { describe, expect, it } from "vitest";
import { bodyParagraph } from "../../src/core/document";
import { skeletonSectionsPresent } from "../../src/core/skeleton";
import { documentType } from "../../src/core/templates";

const doc = (...texts: string[]) => texts.map(bodyParagraph);

describe("a skeleton already in the document", () => {
  it("names the numbered sections a second skeleton would repeat", () => {
    const paragraphs = doc(
      "市统计局2026年党建工作总结",
      "一、2026年主要工作",
      "（一）加强政治建设",
      "二、存在的问题",
      "三、2027年工作打算"
    );
    expect(skeletonSectionsPresent(documentType("annual-summary"), paragraphs)).toEqual([
      "主要工作",
      "存在的问题和不足",
      "工作打算",
    ]);
  });

  it("finds none in an empty document or one with text but no sections", () => {
    expect(skeletonSectionsPresent(documentType("annual-summary"), doc(""))).toEqual([]);
    expect(
      skeletonSectionsPresent(documentType("annual-summary"), doc("今年我们做了很多工作。"))
    ).toEqual([]);
  });
});
