import { describe, expect, it } from "vitest";
import { checkContext } from "../../src/core/check/check";
import { placeMissingSection, sectionPlace } from "../../src/core/check/placeSection";
import { bodyParagraph } from "../../src/core/document";

const context = (...texts: string[]) => checkContext(texts.map(bodyParagraph));

describe("placing a missing section", () => {
  it("puts 存在问题 between 主要工作 and 下步打算, numbered to fit, and renumbers what follows", () => {
    const ctx = context(
      "市统计局2025年党建工作总结",
      "2025年，局党组抓党建促业务。",
      "一、主要工作",
      "抓学习。",
      "二、2026年工作打算",
      "抓落实。"
    );
    expect(sectionPlace(ctx, "problems")).toEqual({ paragraph: 3, fill: false });
    const placed = placeMissingSection(ctx, "problems", { year: "2025" })!;
    expect(placed.at).toEqual({ paragraph: 3, fill: false });
    expect(placed.paragraphs[0]).toMatchObject({ text: "二、存在的问题和不足", level: 1 });
    expect(placed.edits).toEqual([
      { paragraph: 4, start: 0, end: 2, expected: "二、", text: "三、" },
    ]);
  });

  it("fills the blank line before the next section instead of adding another", () => {
    const ctx = context(
      "市统计局2025年党建工作总结",
      "",
      "一、主要工作",
      "",
      "抓学习。",
      "",
      "二、2026年工作打算",
      "",
      "抓落实。"
    );
    expect(sectionPlace(ctx, "problems")).toEqual({ paragraph: 5, fill: true });
  });

  it("appends 专此报告 after the last paragraph of a report", () => {
    const ctx = context(
      "关于2025年党建工作情况的报告",
      "市直机关工委：",
      "现将有关情况报告如下：",
      "一、主要工作",
      "抓学习。",
      "二、存在问题",
      "学习不深。",
      "三、2026年工作打算",
      "抓落实。",
      ""
    );
    const placed = placeMissingSection(ctx, "closing", {})!;
    expect(placed.at).toEqual({ paragraph: 8, fill: false });
    expect(placed.paragraphs.map((p) => p.text)).toEqual(["专此报告。"]);
  });

  it("puts 专此报告 above the signature, and sees the signature as present", () => {
    const ctx = context(
      "关于2025年党建工作情况的报告",
      "市直机关工委：",
      "现将有关情况报告如下：",
      "一、主要工作",
      "抓学习。",
      "二、存在问题",
      "学习不深。",
      "三、2026年工作打算",
      "抓落实。",
      "",
      "中共市统计局党组",
      "2025年12月20日"
    );
    expect(ctx.outline.signature).toBe(10);
    expect(ctx.sections.find((s) => s.id === "signature")).toMatchObject({
      status: "present",
      paragraph: 10,
    });
    expect(sectionPlace(ctx, "closing")).toEqual({ paragraph: 9, fill: true });
  });

  it("takes a date alone as the signature, and body text at the end as no signature", () => {
    expect(
      context("关于党建工作情况的报告", "一、主要工作", "抓学习。", "二〇二五年十二月二十日")
        .outline.signature
    ).toBe(3);
    expect(
      context("关于党建工作情况的报告", "一、主要工作", "抓学习，完成年度任务。", "2025年12月20日")
        .outline.signature
    ).toBe(3);
    expect(
      context("关于党建工作情况的报告", "一、主要工作", "抓学习。", "2025年全年完成各项任务")
        .outline.signature
    ).toBeUndefined();
    // A section missing from a summary that ends with a signature goes above it.
    const summary = context(
      "市统计局2025年党建工作总结",
      "一、主要工作",
      "抓学习。",
      "二、存在的问题和不足",
      "学习不深。",
      "市统计局机关党委",
      "2025年12月20日"
    );
    expect(sectionPlace(summary, "plans")).toEqual({ paragraph: 4, fill: false });
  });

  it("has no place for a title above a first paragraph that has text", () => {
    expect(sectionPlace(context("一、主要工作", "抓学习。"), "title")).toBeUndefined();
    expect(sectionPlace(context("", "一、主要工作", "抓学习。"), "title")).toEqual({
      paragraph: 0,
      fill: true,
    });
  });
});
