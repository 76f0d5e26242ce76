import { describe, expect, it } from "vitest";
import { formatHeadingNumber, formatLike, parseHeadingNumber } from "../../src/core/numbering";
import { fromChineseNumeral, toChineseNumeral } from "../../src/core/numerals";

describe("Chinese numerals", () => {
  it("round-trips 1 to 99", () => {
    for (let n = 1; n <= 99; n++) expect(fromChineseNumeral(toChineseNumeral(n))).toBe(n);
    expect([1, 10, 11, 20, 21, 99].map(toChineseNumeral)).toEqual([
      "一",
      "十",
      "十一",
      "二十",
      "二十一",
      "九十九",
    ]);
  });

  it("rejects what is not a numeral", () => {
    expect(fromChineseNumeral("十十")).toBeNaN();
    expect(fromChineseNumeral("一十一一")).toBeNaN();
    expect(fromChineseNumeral("")).toBeNaN();
  });
});

describe("heading numbers", () => {
  it("recognises the four levels and their variants", () => {
    expect(parseHeadingNumber("一、主要工作")).toMatchObject({
      level: 1,
      value: 1,
      prefix: "一、",
    });
    expect(parseHeadingNumber("（十二）加强作风建设")).toMatchObject({
      level: 2,
      value: 12,
      prefix: "（十二）",
    });
    expect(parseHeadingNumber("(三)抓基础")).toMatchObject({ level: 2, value: 3, form: "(一)" });
    expect(parseHeadingNumber("3.强化学习")).toMatchObject({ level: 3, value: 3, form: "1." });
    expect(parseHeadingNumber("3、强化学习")).toMatchObject({ level: 3, value: 3, form: "1、" });
    expect(parseHeadingNumber("12．强化学习")).toMatchObject({
      level: 3,
      value: 12,
      prefix: "12．",
      form: "1．",
    });
    expect(parseHeadingNumber("（2）细化措施")).toMatchObject({ level: 4, value: 2 });
    expect(parseHeadingNumber("　　二、存在的主要问题")).toMatchObject({
      level: 1,
      value: 2,
      start: 2,
    });
  });

  it("does not take running text for a heading", () => {
    for (const text of [
      "一是坚持学习",
      "2023年以来",
      "1.5亿元资金",
      "123.项目",
      "0.开始",
      "第一，加强学习",
      "（一是）",
      "十十、",
    ]) {
      expect(parseHeadingNumber(text), text).toBeUndefined();
    }
  });

  it("formats numbers in the standard form, or in the form already in use", () => {
    expect([1, 2, 3, 4].map((level) => formatHeadingNumber(level as 1 | 2 | 3 | 4, 4))).toEqual([
      "四、",
      "（四）",
      "4.",
      "（4）",
    ]);
    expect(formatLike(parseHeadingNumber("(二)x")!, 3)).toBe("(三)");
    expect(formatLike(parseHeadingNumber("2、x")!, 3)).toBe("3、");
  });
});
