import { describe, expect, it } from "vitest";
import { RULES, WATCHERS } from "../../src/core/check/rules";
import { watchAll } from "../../src/core/check/watch";
import { bodyParagraph } from "../../src/core/document";

const paragraphs = (...texts: string[]) => texts.map(bodyParagraph);

describe("the shared watch pass", () => {
  it("hands each rule the matches of its own pattern, in document order", () => {
    const sightings = watchAll(paragraphs("关注公众号，，领取", "无", "加强学习。。扫码"), [
      { id: "ads", watch: "公众号|扫码" },
      { id: "marks", watch: "[，。]{2,}" },
      { id: "none" },
    ]);
    expect(sightings.get("ads")).toEqual([
      { paragraph: 0, start: 2, text: "公众号" },
      { paragraph: 2, start: 6, text: "扫码" },
    ]);
    expect(sightings.get("marks")).toEqual([
      { paragraph: 0, start: 5, text: "，，" },
      { paragraph: 2, start: 4, text: "。。" },
    ]);
    expect(sightings.get("none")).toEqual([]);
  });

  it("works with no watching rule at all", () => {
    expect(watchAll(paragraphs("公众号"), [{ id: "a" }]).get("a")).toEqual([]);
  });

  it("runs the real rules' patterns without one hiding another", () => {
    const watching = RULES.filter((r) => r.meta.watch);
    expect(watching.length).toBeGreaterThan(1);
    // Each rule's pattern, alone, finds what the shared pass gives that rule.
    const text = "请关注公众号，，扫码下载全文。。客服：会员；；";
    const shared = watchAll(paragraphs(text), WATCHERS);
    for (const rule of watching) {
      const alone = [...text.matchAll(new RegExp(rule.meta.watch!, "g"))].map((m) => m[0]);
      expect(
        shared.get(rule.id)!.map((s) => s.text),
        rule.id
      ).toEqual(alone);
      expect(alone.length, rule.id).toBeGreaterThan(0);
    }
  });
});
