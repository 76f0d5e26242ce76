import { describe, expect, it } from "vitest";
import { checkContext, checkDocument } from "../../src/core/check/check";
import { placeMissingSection } from "../../src/core/check/placeSection";
import { bodyParagraph } from "../../src/core/document";

/**
 * Headings of each part as 对照检查材料 word them. Read on public pages: 存在的主要问题
 * (gongwk.com/doc/579055, fswk.com/articles/38584), 存在的问题 (wenkuhub.com/?p=133460), 查摆出的问
 * 题 (jsj.yznu.edu.cn), 问题产生的原因 (qzlx.12371.cn), 问题根源剖析 and 整改措施及努力方向
 * (jidianku.com/archives/8584), 深层次原因 and 整改方向 (lnst.gov.cn), 改进措施 (tri.caas.cn), 努力
 * 方向和改进措施 (reportify.cn); the others are the usual variants of these.
 */
const STUDY = [
  "学习收获",
  "主要体会",
  "学习收获和体会",
  "会前学习的主要收获",
  "学习体会",
  "思想收获",
];
const COMPARISON = [
  "对照检查情况",
  "存在的主要问题",
  "存在的问题",
  "查摆出的问题",
  "存在的突出问题",
  "对照检查发现的问题",
  "查摆问题情况",
];
const CAUSES = [
  "问题产生的原因",
  "产生问题的原因分析",
  "原因剖析",
  "问题产生的深层次原因",
  "问题根源剖析",
  "产生问题的思想根源",
];
const RECTIFICATION = [
  "整改措施",
  "整改措施及努力方向",
  "今后的努力方向",
  "下一步整改措施",
  "改进措施",
  "努力方向和改进措施",
  "整改方向和措施",
];

function material(study: string, comparison: string, causes: string, rectification: string) {
  return [
    "2025年度民主生活会个人对照检查材料",
    "按照通知要求，现将个人对照检查情况报告如下。",
    `一、${study}`,
    "会前参加集中学习4次，体会最深的是理论要落到工作上。",
    `二、${comparison}`,
    "（一）在带头强化政治忠诚、提高政治能力方面",
    "2025年5月部署的工作，直到8月督查才发现没有落实。",
    `三、${causes}`,
    "理想信念的根基还需筑牢，对照党章检视自己少了。",
    `四、${rectification}`,
    "每月精读一篇重要讲话原文，部署的工作一周内拿出落实方案。",
  ];
}

const found = (lines: string[]) =>
  Object.fromEntries(
    checkContext(lines.map(bodyParagraph)).sections.map((s) => [s.id, s.paragraph])
  );

describe("the parts of a 对照检查材料", () => {
  it("are found under every usual heading wording", () => {
    const at = { study: 2, comparison: 4, causes: 7, rectification: 9 };
    for (const h of STUDY)
      expect(found(material(h, "对照检查情况", "问题产生的原因", "整改措施")), h).toMatchObject(at);
    for (const h of COMPARISON)
      expect(found(material("学习收获", h, "问题产生的原因", "整改措施")), h).toMatchObject(at);
    for (const h of CAUSES)
      expect(found(material("学习收获", "对照检查情况", h, "整改措施")), h).toMatchObject(at);
    for (const h of RECTIFICATION)
      expect(found(material("学习收获", "对照检查情况", "问题产生的原因", h)), h).toMatchObject(at);
  });

  it("tell the causes from the problems when the causes heading names the problems too", () => {
    const lines = material("学习收获", "存在的问题", "查摆问题产生的原因", "整改措施");
    expect(found(lines)).toMatchObject({ comparison: 4, causes: 7 });
  });

  it("take one heading for both problems and causes when it names both", () => {
    const lines = material("学习收获", "存在的问题及原因分析", "整改措施", "今后努力方向");
    lines.splice(7, 2);
    const result = checkDocument(lines.map(bodyParagraph));
    expect(result.sections.find((s) => s.id === "comparison")).toMatchObject({
      paragraph: 4,
      status: "present",
    });
    expect(result.sections.find((s) => s.id === "causes")).toMatchObject({
      paragraph: 4,
      status: "present",
    });
    expect(result.findings.filter((f) => f.rule === "missing-section")).toEqual([]);
  });

  it("do without 学习收获, and report a missing part with the type's own template to insert", () => {
    const lines = material("学习收获", "对照检查情况", "问题产生的原因", "整改措施");
    const withoutStudy = [...lines.slice(0, 2), ...lines.slice(4)];
    expect(
      checkDocument(withoutStudy.map(bodyParagraph)).findings.map((f) => f.rule)
    ).not.toContain("missing-section");
    const withoutCauses = [...lines.slice(0, 7), ...lines.slice(9)];
    const context = checkContext(withoutCauses.map(bodyParagraph));
    const missing = checkDocument(withoutCauses.map(bodyParagraph)).findings.filter(
      (f) => f.rule === "missing-section"
    );
    expect(missing.map((f) => f.message)).toEqual([
      "缺少“问题产生的原因”部分（民主生活会个人对照检查材料必备）。",
    ]);
    const block = placeMissingSection(context, "causes", {})!;
    expect(block.paragraphs[0]!.text).toBe("三、问题产生的原因");
    expect(block.paragraphs.map((p) => p.text)).toContain("（一）理想信念的根基还需筑牢");
    // 整改措施 is numbered 四、 already: nothing after it is renumbered.
    expect(block.edits).toEqual([]);
  });

  it("are read in a 组织生活会 material as well, its type told by the title", () => {
    const lines = material("学习收获", "存在的主要问题", "原因剖析", "努力方向").map((l) =>
      l.replace("民主生活会", "组织生活会")
    );
    expect(checkContext(lines.map(bodyParagraph)).type.id).toBe("organizational-life-review");
    expect(found(lines)).toMatchObject({ study: 2, comparison: 4, causes: 7, rectification: 9 });
  });
});
