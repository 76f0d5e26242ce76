import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/core/check/check";
import { RULES, kindOf, remedyOf } from "../../src/core/check/rules";
import { say } from "../../src/core/check/say";
import { bodyParagraph } from "../../src/core/document";

/** What the rules with a prefilter find in these paragraphs. */
const rulesOf = (...texts: string[]) =>
  checkDocument(texts.map(bodyParagraph))
    .findings.filter((f) => ["placeholder", "punctuation", "residue"].includes(f.rule))
    .map((f) => `${f.rule}:${f.text}`);

describe("each rule's meta", () => {
  it("names the rule, its kind and severity, under an id no other rule has", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const { id, meta } of RULES) {
      expect(meta.title, id).not.toBe("");
      expect(["structure", "content", "layout"], id).toContain(meta.kind);
      expect(["error", "warning", "info"], id).toContain(meta.severity);
      for (const template of Object.values(meta.messages))
        expect(say(template, {}), id).not.toBe("");
    }
  });

  it("is what findings are told apart by", () => {
    expect(kindOf({ rule: "format" })).toBe("layout");
    expect(remedyOf({ rule: "placeholder" })).toBe("fill");
    expect(remedyOf({ rule: "missing-section" })).toBe("add-section");
    expect(remedyOf({ rule: "typo" })).toBe("allow-word");
    expect(kindOf({ rule: "no-such-rule" })).toBeUndefined();
  });
});

describe("a rule's prefilter", () => {
  const filtered = RULES.filter((r) => r.meta.prefilter);

  it("is given with the forms the rule looks for", () => {
    expect(filtered.map((r) => r.id).sort()).toEqual(["placeholder", "punctuation", "residue"]);
    for (const { id, meta } of filtered) expect(meta.forms?.length, id).toBeGreaterThan(0);
  });

  it("admits every form its rule's own patterns find, so that no form is silently skipped", () => {
    for (const { id, meta } of filtered)
      for (const { pattern, example } of meta.forms!) {
        expect(new RegExp(pattern).test(example), `${id}: ${pattern} finds ${example}`).toBe(true);
        expect(meta.prefilter!(`在${example}中`), `${id}: ${example}`).toBe(true);
      }
  });

  it("leaves out plain Chinese text, as most paragraphs are", () => {
    for (const { id, meta } of filtered)
      expect(meta.prefilter!("全年召开党组会议12次，开展专题学习。"), id).toBe(false);
  });

  it("lets the forms be found where the rules look: after heading numbers, and disguised", () => {
    expect(rulesOf("1.抓好学习。", "(二)抓好学习", "使用OA系统")).toEqual([]);
    expect(rulesOf("联系人某\u200b某", "召开会议Х次")).toEqual([
      "placeholder:某\u200b某",
      "placeholder:Х",
    ]);
    expect(rulesOf("增强“四个意识，坚定", "落实《条例》和《规定", "关注www.example.com")).toEqual([
      "punctuation:“",
      "punctuation:《",
      "residue:www.example.com",
    ]);
  });
});
