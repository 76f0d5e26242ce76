import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/core/check/check";
import { bodyParagraph } from "../../src/core/document";

/**
 * Well-written materials laid out the other usual ways, in our own words: problems under 存在的主要
 * 问题 with a general sentence before the facts, 一是、二是 in running text, 整改 items on their
 * own headings, a closing of their own wording. None may draw a finding.
 */
const DEMOCRATIC = [
  "2025年度民主生活会个人对照检查材料",
  "根据区委关于开好2025年度民主生活会的部署，本人会前自学和参加集中研讨共6次，征求到意见建议11条，现对照检查如下。",
  "一、存在的主要问题",
  "（一）在带头强化政治忠诚、提高政治能力方面",
  "从政治上看问题的自觉还不够强，有时就业务谈业务。",
  "一是学用结合不紧。2025年7月研究防汛工作时，本人更多讲了物资和人手，对群众转移安置的风险考虑不足。二是跟进学习有差距，四中全会精神学了两遍，但没有结合分管工作写出体会。",
  "（二）在带头固本培元、增强党性方面",
  "党性锤炼有所放松。全年以普通党员身份参加支部活动6次，发言准备不充分的有2次。",
  "（三）在带头敬畏人民、敬畏组织、敬畏法纪方面",
  "对群众诉求回应不够快。在处理安置小区供暖投诉过程中，本人等部门会商结果，前后拖了20多天。",
  "（四）在带头干事创业、担当作为方面",
  "攻坚劲头不足。招商引资项目签约后，本人对落地中的土地问题只开了一次协调会。",
  "（五）在带头坚决扛起管党治党责任方面",
  "“一岗双责”落实有差距，对分管部门廉政风险排查只在年初布置、年底检查。",
  "二、问题产生的原因",
  "一是理想信念的学习没有常抓不懈；二是党性修养放松了自我要求；三是宗旨意识树得不牢；四是纪律规矩意识有所淡化。",
  "三、下一步整改措施",
  "（一）每月结合分管工作精读一篇重要讲话原文，写出不少于800字的体会。",
  "（二）全年参加支部组织生活不少于12次，每次提前准备发言。",
  "（三）群众诉求实行首问负责，一般事项5个工作日内答复。",
  "（四）招商项目落地问题每两周调度一次，2026年一季度前解决土地问题。",
  "（五）每季度听取分管部门廉政风险防控情况汇报，发现问题当场交办。",
  "以上是我的对照检查，不当之处请同志们批评指正。",
];

const ORGANIZATIONAL = [
  "2025年度组织生活会个人对照检查材料",
  "按照支部关于召开2025年度组织生活会的通知，本人对照党员标准，联系思想和工作实际查找不足，现报告如下。",
  "一、存在的问题",
  "（一）在强化政治忠诚、加强理论学习方面",
  "理论学习的自觉性还不够高。2025年全年自学党的二十届四中全会文件只做了3次笔记。",
  "（二）在增强党性、严守纪律规矩方面",
  "对自己要求有所放松，有2次支部学习因出差请假后没有及时补学。",
  "（三）在落实中央八项规定精神、改进作风方面",
  "作风不够扎实。比如整理本科室档案时，本人只抽查了一部分，年底检查发现缺页。",
  "（四）在立足岗位担当作为、发挥先锋模范作用方面",
  "主动担当不够，科室承担的数据核查专项中，本人多次等领导安排才动手。",
  "二、问题产生的原因",
  "主要是理想信念的学习没有入脑入心，党性修养和宗旨意识还需加强，纪律规矩意识不够牢固。",
  "三、努力方向",
  "一是每周固定半天自学并写笔记；二是因公请假的学习一周内补上；三是档案工作全部逐件核对；四是在专项工作中主动认领任务。",
];

describe("well-written 对照检查材料 in other usual layouts", () => {
  it("give no finding: a 民主生活会 material", () => {
    const result = checkDocument(DEMOCRATIC.map(bodyParagraph));
    expect(result.type).toBe("democratic-life-review");
    expect(result.sections.filter((s) => s.status !== "present").map((s) => s.id)).toEqual([
      "study",
    ]);
    expect(result.findings).toEqual([]);
  });

  it("give no finding: a 组织生活会 material with no 学习收获 and no closing", () => {
    const result = checkDocument(ORGANIZATIONAL.map(bodyParagraph));
    expect(result.type).toBe("organizational-life-review");
    expect(result.findings).toEqual([]);
  });
});
