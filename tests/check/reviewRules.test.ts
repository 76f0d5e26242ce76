import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkContext, checkDocument } from "../../src/core/check/check";
import { missingAspect } from "../../src/core/check/rules/missingAspect";
import { rectificationCount } from "../../src/core/check/rules/rectificationCount";
import { vagueProblem } from "../../src/core/check/rules/vagueProblem";
import { ignoreKey } from "../../src/core/check/ignore";
import type { Rule } from "../../src/core/check/types";
import { bodyParagraph } from "../../src/core/document";

const SAMPLE = readFileSync(
  new URL("../fixtures/reports/democratic-life-review.txt", import.meta.url),
  "utf8"
)
  .trimEnd()
  .split("\n");

const run = (rule: Rule, lines: readonly string[]) =>
  rule.check(checkContext(lines.map(bodyParagraph)));

/** The sample with the lines from `from` to `to` (inclusive, as found by their start) replaced. */
function edit(from: string, to: string, ...replacement: string[]): string[] {
  const a = SAMPLE.findIndex((l) => l.startsWith(from));
  const b = SAMPLE.findIndex((l, i) => i >= a && l.startsWith(to));
  expect(a, from).not.toBe(-1);
  expect(b, to).not.toBe(-1);
  return [...SAMPLE.slice(0, a), ...replacement, ...SAMPLE.slice(b + 1)];
}

describe("a well-written 民主生活会 material", () => {
  it("is recognised with all its parts and gives no finding at all", () => {
    const result = checkDocument(SAMPLE.map(bodyParagraph));
    expect(result.type).toBe("democratic-life-review");
    expect(result.sections.map((s) => [s.id, s.status])).toEqual([
      ["title", "present"],
      ["opening", "present"],
      ["study", "present"],
      ["comparison", "present"],
      ["causes", "present"],
      ["rectification", "present"],
      ["closing", "present"],
    ]);
    expect(result.findings).toEqual([]);
  });

  it("keeps a last 整改 item that asks for criticism as an item, not the closing", () => {
    const lines = SAMPLE.slice(0, -1);
    lines[lines.length - 1] = "（五）在接受监督上更加主动。欢迎同志们随时批评指正。";
    const result = checkDocument(lines.map(bodyParagraph));
    expect(result.sections.find((s) => s.id === "closing")?.status).toBe("missing");
    expect(result.findings).toEqual([]);
  });
});

describe("missing-aspect", () => {
  it("names the aspect the material leaves out", () => {
    const lines = edit("（三）在带头敬畏人民", "听取群众意见的渠道不多");
    const findings = run(missingAspect, lines);
    expect(findings.map((f) => f.message)).toEqual([
      "对照检查情况中没有找到“敬畏人民、敬畏组织、敬畏法纪”方面。2025年度民主生活会要求对照这一方面查摆问题，可加一个小标题“在带头敬畏人民、敬畏组织、敬畏法纪方面”。",
    ]);
    expect(findings[0]!.severity).toBe("warning");
    // Placed at the end of the part's heading, with no text: each missing aspect is ignored on its
    // own.
    expect(findings[0]).toMatchObject({ paragraph: 4, start: 8, end: 8, text: "" });
    const two = run(missingAspect, edit("（二）在带头固本培元", "听取群众意见的渠道不多"));
    expect(two).toHaveLength(2);
    expect(new Set(two.map((f) => ignoreKey(f, lines.map(bodyParagraph)))).size).toBe(2);
  });

  it("takes an aspect heading worded the writer's own way, or named in a paragraph's first sentence", () => {
    const shortHeading = edit(
      "（一）在带头强化政治忠诚",
      "（一）在带头强化政治忠诚",
      "（一）政治忠诚方面"
    );
    expect(run(missingAspect, shortHeading)).toEqual([]);
    const noHeadings = SAMPLE.map((l) => l.replace(/^（[一二三四五]）在带头/, "在"));
    expect(run(missingAspect, noHeadings)).toEqual([]);
  });

  it("finds aspects as top headings when the material has no 对照检查情况 heading of its own", () => {
    const flat = [
      "2025年度民主生活会个人对照检查材料",
      "按照通知要求，现将个人对照检查情况报告如下。",
      "一、在带头强化政治忠诚、提高政治能力方面",
      "2025年3月转发文件后没有跟进督促。",
      "二、在带头固本培元、增强党性方面",
      "全年参加支部组织生活8次。",
      "三、问题产生的原因",
      "理想信念不够坚定。",
      "四、整改措施",
      "一是每月精读一篇原文；二是按时参加组织生活。",
    ];
    const result = checkDocument(flat.map(bodyParagraph));
    expect(result.sections.find((s) => s.id === "comparison")).toMatchObject({
      status: "present",
      paragraph: 2,
    });
    const missing = run(missingAspect, flat).map((f) => f.message.slice(0, 30));
    expect(missing).toHaveLength(3);
    expect(missing[0]).toContain("敬畏人民");
  });

  it("leaves a material that names no 年度 alone: it may be for another meeting", () => {
    const special = edit("（三）在带头敬畏人民", "听取群众意见的渠道不多").map((l) =>
      l
        .replace("2025年度民主生活会个人对照检查材料", "巡视整改专题民主生活会个人对照检查材料")
        .replace("召开2025年度民主生活会", "召开巡视整改专题民主生活会")
    );
    expect(checkContext(special.map(bodyParagraph)).type.id).toBe("democratic-life-review");
    expect(run(missingAspect, special)).toEqual([]);
  });

  it("leaves another year's material and a 组织生活会 material alone", () => {
    const nextYear = edit("（三）在带头敬畏人民", "听取群众意见的渠道不多").map((l) =>
      l.replace(/2025年度/g, "2026年度")
    );
    expect(run(missingAspect, nextYear)).toEqual([]);
    const memberLines = edit("（三）在带头敬畏人民", "听取群众意见的渠道不多").map((l) =>
      l.replace("民主生活会", "组织生活会")
    );
    expect(checkContext(memberLines.map(bodyParagraph)).type.id).toBe("organizational-life-review");
    expect(run(missingAspect, memberLines)).toEqual([]);
  });
});

describe("vague-problem", () => {
  it("suggests a fact where a problem is told only in soft general words", () => {
    const lines = edit(
      "听取群众意见的渠道不多",
      "听取群众意见的渠道不多",
      "联系群众有时还不够经常，听取意见的主动性有待提高，为群众办实事的力度还有差距。"
    );
    const findings = run(vagueProblem, lines);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", text: "有时" });
    expect(findings[0]!.message).toContain("没有具体事例");
    expect(lines[findings[0]!.paragraph]).toContain("联系群众有时");
  });

  it("counts a number, a month, a named document, a counted matter or an example as a fact", () => {
    for (const fact of [
      "全年只去了3次基层联系点",
      "十月才协调解决",
      "学习《中国共产党纪律处分条例》后没有写体会",
      "有两次因临时调研请假",
      "比如老旧小区加装电梯的事拖了很久",
      "上半年没有召开过专题会",
      "老旧小区改造项目推进迟缓",
      "在处理群众集中反映的停车难问题过程中推诿",
    ]) {
      const lines = edit(
        "听取群众意见的渠道不多",
        "听取群众意见的渠道不多",
        `联系群众还不够经常，${fact}。`
      );
      expect(run(vagueProblem, lines), fact).toEqual([]);
    }
  });

  it("does not take a general occasion (在工作中) or a slogan in quotes for a fact", () => {
    const lines = edit(
      "听取群众意见的渠道不多",
      "听取群众意见的渠道不多",
      "在日常工作中联系群众还不够经常，有“重留痕、轻实效”的倾向。"
    );
    expect(run(vagueProblem, lines).map((f) => f.text)).toEqual(["还不够"]);
  });

  it("reads a problem with all its paragraphs: a general first paragraph followed by a fact is fine", () => {
    const lines = edit(
      "听取群众意见的渠道不多",
      "听取群众意见的渠道不多",
      "群众观点树得不牢，联系群众还不够经常。",
      "比如，群众反映的加装电梯问题，本人到10月才协调解决。"
    );
    expect(run(vagueProblem, lines)).toEqual([]);
  });

  it("leaves a problem still holding a blank to the blank check, and a 整改 paragraph alone", () => {
    const blank = edit(
      "听取群众意见的渠道不多",
      "听取群众意见的渠道不多",
      "联系群众还不够经常。比如，〔　〕。"
    );
    expect(run(vagueProblem, blank)).toEqual([]);
    const softRemedy = edit(
      "（三）在常怀敬畏上慎始慎终",
      "（三）在常怀敬畏上慎始慎终",
      "（三）在常怀敬畏上慎始慎终。联系群众不够的问题要有所改进。"
    );
    expect(run(vagueProblem, softRemedy)).toEqual([]);
  });

  it("reads problems written as 一是、二是 paragraphs when there are no headings", () => {
    const lines = [
      "2025年度组织生活会个人对照检查材料",
      "按照支部通知要求，现将个人对照检查情况报告如下。",
      "一、存在的问题",
      "对照党员标准，本人主要存在以下问题，学习的深度还不够：",
      "一是理论学习不够深入，有时满足于完成规定篇目。",
      "二是作风不够扎实。2025年9月交办的台账整理，拖了两周才完成。",
      "二、问题产生的原因",
      "党性修养有所放松。",
      "三、整改措施",
      "一是制定学习计划；二是交办事项当周办结。",
    ];
    const findings = run(vagueProblem, lines);
    expect(findings.map((f) => [f.paragraph, f.text])).toEqual([[4, "不够"]]);
  });
});

describe("rectification-count", () => {
  it("suggests checking when there are fewer 整改 items than problems", () => {
    const lines = edit("（五）在管党治党上压实责任", "（五）在管党治党上压实责任");
    const findings = run(rectificationCount, lines);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", text: "四、整改措施和努力方向" });
    expect(findings[0]!.message).toBe(
      "对照检查情况列出5个方面的问题，整改措施只有4条。请核对每个问题都有对应的整改措施。"
    );
  });

  it("counts 一是、二是 where the items have no headings, and is content with as many or more", () => {
    const asOrdinals = edit(
      "（一）在强化政治忠诚上持续用力",
      "（五）在管党治党上压实责任",
      "一是每月精读一篇重要讲话原文；二是按时参加支部组织生活；三是每月到基层联系点一次；四是平台整合项目2026年6月底前完成；五是每季度听取分管科室汇报。"
    );
    expect(run(rectificationCount, asOrdinals)).toEqual([]);
    const fewer = edit(
      "（一）在强化政治忠诚上持续用力",
      "（五）在管党治党上压实责任",
      "一是每月精读一篇重要讲话原文；二是按时参加支部组织生活。"
    );
    expect(run(rectificationCount, fewer)[0]!.message).toContain("整改措施只有2条");
    const more = edit(
      "（五）在管党治党上压实责任",
      "（五）在管党治党上压实责任",
      "（五）在管党治党上压实责任。每季度听取汇报。",
      "（六）在廉洁自律上作表率。带头遵守中央八项规定精神。"
    );
    expect(run(rectificationCount, more)).toEqual([]);
  });

  it("says nothing when 整改措施 lists no items it can count", () => {
    const prose = edit(
      "（一）在强化政治忠诚上持续用力",
      "（五）在管党治党上压实责任",
      "针对以上问题，本人将从学习、党性、作风、担当和管党治党五个方面逐项整改，每项明确时限。"
    );
    expect(run(rectificationCount, prose)).toEqual([]);
  });
});
