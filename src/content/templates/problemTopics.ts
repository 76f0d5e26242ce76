import type { TopicDef } from "../types";

/**
 * Standard items of 存在问题: honest, specific, and in the restrained register the genre expects.
 */
export const PROBLEM_TOPICS: readonly TopicDef[] = [
  {
    id: "theory-depth",
    title: "理论学习的深度和广度还不够",
    paragraphs: [
      "有的党员干部学习主动性不强，满足于读原文、记笔记，联系实际深入思考不够，运用党的创新理论解决实际问题的能力还有待提高。",
      "学习形式相对单一，集中学习多、交流研讨少，学用结合不够紧密，学习成果转化为推动工作的实际成效还不够明显。",
    ],
    hints: [{ theme: "学用结合不够" }, { theme: "学习形式单一" }],
  },
  {
    id: "integration-gap",
    title: "党建与业务融合还不够紧密",
    paragraphs: [
      "部分党支部仍存在就党建抓党建的现象，党建工作与业务工作统筹谋划不够，以党建引领业务发展的思路和举措还不多。",
      "党建工作抓手和载体不够丰富，特色亮点不够突出，党建品牌的影响力和带动作用有待进一步增强。",
    ],
    hints: [{ theme: "就党建抓党建" }, { theme: "载体和品牌不足" }],
  },
  {
    id: "organization-weakness",
    title: "基层组织建设还有薄弱环节",
    paragraphs: [
      "个别党支部“三会一课”等组织生活质量不高，存在重形式、轻内容的情况，党员教育管理的针对性和实效性有待提升。",
      "党务干部多为兼职，专业化能力不足，开展党建工作的精力和方法还有欠缺，党务工作队伍建设需要进一步加强。",
    ],
    hints: [{ theme: "组织生活质量不高" }, { theme: "党务干部力量不足" }],
  },
  {
    id: "style-discipline",
    title: "作风建设和纪律规矩意识仍需加强",
    paragraphs: [
      "少数党员干部担当意识不够强，遇到难题有畏难情绪，工作标准不够高，抓落实的力度和效率与上级要求相比还有差距。",
      "对廉政风险点的排查防控还不够精细，日常监督的手段不多，警示教育的覆盖面和震慑力还需进一步提高。",
    ],
    hints: [{ theme: "担当和落实不够" }, { theme: "廉政风险防控不细" }],
  },
];
