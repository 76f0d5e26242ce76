import { describe, expect, it } from "vitest";
import { FORMULATIONS } from "../../src/content/phrases";
import type { FormulationEntry } from "../../src/content/phrases/types";
import { yearsNamed } from "../../src/core/formulation/dating";
import { findFormulations } from "../../src/core/check/rules/formulation";

/** Correct text that comes close to national wordings: none of it may raise a 提法 finding. */
const check = (text: string) => findFormulations([{ text }]).map((f) => `${f.text}: ${f.message}`);
const bare = (name: string) => name.replace(/[“”《》]/g, "");
const current = FORMULATIONS.filter((f) => f.status === "current" && f.source);
const lists = current.filter(
  (f): f is FormulationEntry & { match: { kind: "list"; items: readonly string[] } } =>
    f.match.kind === "list"
);
const phrases = current.filter(
  (f): f is FormulationEntry & { match: { kind: "phrase"; text: string } } =>
    f.match.kind === "phrase" && f.match.text.length >= 10
);
/** A wording with one character of its middle left out: what an older text may have said. */
const older = (text: string) =>
  text.slice(0, Math.floor(text.length / 2)) + text.slice(Math.floor(text.length / 2) + 1);

describe("a sentence that dates what it quotes", () => {
  it("reads years and 届次", () => {
    expect(yearsNamed("党的十八届三中全会和党的十九大，以及2019年")).toEqual([2019, 2013, 2017]);
  });

  it("before the wording's time is not told to use today's wording; dated now, it is", () => {
    for (const f of phrases.filter((e) => Number(e.source!.date.slice(0, 4)) > 2012)) {
      const quoted = older(f.match.text);
      expect(check(`党的十八大报告中的表述是：${quoted}。`), f.id).toEqual([]);
      expect(check(`2011年的文件写作${quoted}。`), f.id).toEqual([]);
      expect(check(`回顾起来，当年提出的是${quoted}。`), f.id).toEqual([]);
      expect(check(`2026年，我们坚持${quoted}。`).length, `${f.id}: ${quoted}`).toBeGreaterThan(0);
    }
  });

  it("an earlier plenum's wording stated as history stays quiet", () => {
    expect(
      check(
        "党的十八届三中全会把全面深化改革的总目标确定为完善和发展中国特色社会主义制度、推进国家治理体系和治理能力现代化。"
      )
    ).toEqual([]);
    expect(check("党的十八大后一段时间的文件中写作以习近平同志为总书记的党中央。")).toEqual([]);
  });
});

describe("a partial list", () => {
  it("introduced by 包括, 其中 or 如, or closed by 等 or 之一, is not read as the whole list", () => {
    for (const f of lists.filter((e) => e.match.items.length >= 4)) {
      const { items } = f.match;
      const some = items.slice(0, -1).join("、");
      expect(check(`“${bare(f.name)}”包括${some}等。`), f.id).toEqual([]);
      expect(check(`“${bare(f.name)}”包括${some}。`), f.id).toEqual([]);
      expect(
        check(`“${bare(f.name)}”中，如${items.slice(1).join("、")}，都要落实到位。`),
        f.id
      ).toEqual([]);
      expect(check(`${items[0]}是“${bare(f.name)}”之一。`), f.id).toEqual([]);
    }
  });

  it("a single item named alone is fine", () => {
    for (const f of lists)
      for (const item of f.match.items)
        expect(check(`要突出抓好${item}。`), `${f.id}: ${item}`).toEqual([]);
  });
});

describe("other correct wordings", () => {
  it("a recorded variant in force is accepted where the canonical wording is", () => {
    const withVariants = current.filter((f) => f.variants?.length);
    expect(withVariants.length).toBeGreaterThan(3);
    for (const f of withVariants)
      for (const v of f.variants!)
        expect(check(`我们要坚持${v.text}，推动工作落实。`), `${f.id}: ${v.source}`).toEqual([]);
  });

  it("a local slogan modelled on a national wording is left alone", () => {
    expect(check("努力建设让市委放心、让人民群众满意的模范机关。")).toEqual([]);
    expect(check("争创让省委放心、让人民群众满意的模范机关。")).toEqual([]);
    expect(check("努力建设让党中央放心、让群众满意的模范机关。").length).toBe(1);
  });

  it("a real document's title is never taken for a miswritten other one", () => {
    for (const title of [
      "中国共产党组织工作条例",
      "中国共产党农村基层组织工作条例",
      "中共中央关于加强党的政治建设的意见",
      "推进领导干部能上能下若干规定（试行）",
    ])
      expect(check(`认真学习《${title}》。`), title).toEqual([]);
  });
});
