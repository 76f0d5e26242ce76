import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/check/types";
import { quoteHtml, withSurroundings } from "../../src/core/report/findingQuote";

const paragraph =
  "（一）加强政治建设。全年召开党组理论学习中心组学习会XX次，专题研讨4次，开展警示教育3次。";
const at = paragraph.indexOf("XX");
const blank: Finding = {
  rule: "placeholder",
  severity: "error",
  message: "“XX”是未填写的空白，请填入实际内容。",
  paragraph: 0,
  start: at,
  end: at + 2,
  text: "XX",
};

describe("quoting a finding for the report", () => {
  it("gives fifteen characters either side, with … where the paragraph goes on", () => {
    const [quoted] = withSurroundings([blank], [{ text: paragraph }]);
    expect(quoted!.around).toEqual({
      before: `…${paragraph.slice(at - 15, at)}`,
      after: `${paragraph.slice(at + 2, at + 17)}…`,
    });
    expect(quoteHtml(quoted!)).toBe(
      ` <span class="quote">“…${paragraph.slice(at - 15, at)}<mark>XX</mark>${paragraph.slice(at + 2, at + 17)}…”</span>`
    );
  });

  it("quotes a whole paragraph shortened, a missing part not at all, and escapes markup", () => {
    const whole: Finding = {
      ...blank,
      rule: "format",
      message: "正文字号不是三号。",
      start: 0,
      end: paragraph.length,
      text: paragraph,
    };
    expect(quoteHtml(withSurroundings([whole], [{ text: paragraph }])[0]!)).toBe(
      ` <span class="quote">“${paragraph.slice(0, 29)}…”</span>`
    );
    expect(quoteHtml({ ...blank, text: "", start: 0, end: 0 })).toBe("");
    const tag = "<b>某某</b>同志";
    const [quoted] = withSurroundings(
      [{ ...blank, start: 3, end: 5, text: "某某" }],
      [{ text: tag }]
    );
    expect(quoteHtml(quoted!)).toBe(
      ` <span class="quote">“&lt;b&gt;<mark>某某</mark>&lt;/b&gt;同志”</span>`
    );
  });

  it("places a finding at a point between the words either side, except at the very start", () => {
    const paragraphs = [{ text: "市统计局2025年党建工作总结" }, { text: paragraph }];
    const missing: Finding = {
      ...blank,
      rule: "missing-section",
      message: "缺少“存在的问题和不足”部分。",
      paragraph: 1,
      start: paragraph.length,
      end: paragraph.length,
      text: "",
    };
    const numbered = { ...missing, rule: "numbering", start: 0, end: 0 };
    const inside = { ...missing, start: 10, end: 10 };
    const first = { ...missing, paragraph: 0, start: 0, end: 0 };
    const quotes = withSurroundings([missing, numbered, inside, first], paragraphs).map(quoteHtml);
    expect(quotes).toEqual([
      ` <span class="quote">在“…${paragraph.slice(-15)}”之后</span>`,
      ` <span class="quote">在“${paragraph.slice(0, 15)}…”之前</span>`,
      ` <span class="quote">在“${paragraph.slice(0, 10)}”与“${paragraph.slice(10, 25)}…”之间</span>`,
      "",
    ]);
  });
});
