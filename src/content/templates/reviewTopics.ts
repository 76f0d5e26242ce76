import { DEMOCRATIC_LIFE_2025, ORGANIZATIONAL_LIFE_2025 } from "../meetingThemes";
import type { TopicDef } from "../types";

/**
 * Items of a personal 对照检查材料. The problems under 对照检查情况 are headed by the year's
 * aspects (their headings come from the theme record); {instance} is left for the writer's own
 * fact.
 */

const democratic = DEMOCRATIC_LIFE_2025.aspects;
const organizational = ORGANIZATIONAL_LIFE_2025.aspects;

/** 学习收获: what the study before the meeting brought. */
export const REVIEW_STUDY_TOPICS: readonly TopicDef[] = [
  {
    id: "review-study-theory",
    title: "对党的创新理论的理解更深了",
    paragraphs: [
      "会前通过集中学习和个人自学，本人把党的二十届四中全会精神和习近平总书记关于作风建设的重要论述逐篇读了一遍，边读边对照分管工作想问题，更加体会到理论学习只有落到具体工作上才算学到了家。",
      "这次学习让本人认识到，学理论不能停在会上读、本上记，要带着工作中的难题去学，把学到的立场观点方法用在解决实际问题上。",
    ],
    hints: [{ theme: "学了哪些、怎样学的" }, { theme: "学用结合的体会" }],
  },
  {
    id: "review-study-conduct",
    title: "对作风建设的认识更实了",
    paragraphs: [
      "结合学习中央八项规定精神和近期通报的典型案例，本人对作风问题的顽固性和反复性有了更清醒的认识，更加明白作风建设只有进行时、没有完成时。",
    ],
  },
];

/** 对照检查情况, 2025年度民主生活会: one problem paragraph per aspect. */
export const DEMOCRATIC_2025_PROBLEM_TOPICS: readonly TopicDef[] = [
  {
    id: "dl2025-loyalty",
    title: democratic[0]!.heading,
    paragraphs: [
      "对党中央决策部署领会得还不够深，结合分管领域谋划落实的办法不多。比如，{instance}，反映出本人从政治上看问题、想办法的能力还需提高。",
    ],
  },
  {
    id: "dl2025-party-spirit",
    title: democratic[1]!.heading,
    paragraphs: [
      "自我净化、自我提高抓得不够紧，党性锤炼有时停留在会议和学习上。比如，{instance}，说明本人在日常修身上还有松懈。",
    ],
  },
  {
    id: "dl2025-reverence",
    title: democratic[2]!.heading,
    paragraphs: [
      "联系服务群众、主动向组织报告、按制度程序办事等方面还有不到位的地方。比如，{instance}，反映出本人敬畏之心还需时时提醒。",
    ],
  },
  {
    id: "dl2025-enterprise",
    title: democratic[3]!.heading,
    paragraphs: [
      "面对难度大、矛盾多的工作，攻坚的劲头还不够足，有时满足于按部就班。比如，{instance}，说明本人担当作为的标准还不够高。",
    ],
  },
  {
    id: "dl2025-governing-party",
    title: democratic[4]!.heading,
    paragraphs: [
      "履行“一岗双责”重业务、轻党建的倾向还没有完全克服，对分管部门日常监督抓得不够细。比如，{instance}，说明本人管党治党的责任还没有压实。",
    ],
  },
];

/** 对照检查情况, 2025年度组织生活会: one problem paragraph per usual aspect. */
export const ORGANIZATIONAL_2025_PROBLEM_TOPICS: readonly TopicDef[] = [
  {
    id: "ol2025-loyalty",
    title: organizational[0]!.heading,
    paragraphs: [
      "参加集中学习多，自己钻研少，学过的内容联系岗位工作思考不够。比如，{instance}，说明本人学用结合还有差距。",
    ],
  },
  {
    id: "ol2025-party-spirit",
    title: organizational[1]!.heading,
    paragraphs: [
      "对自己要求有所放松，参加组织生活、按规矩办事上还有不严格的时候。比如，{instance}，反映出本人党员意识还需增强。",
    ],
  },
  {
    id: "ol2025-conduct",
    title: organizational[2]!.heading,
    paragraphs: [
      "落实中央八项规定精神的自觉性还需提高，工作中存在重布置、轻落实的情况。比如，{instance}，说明本人作风上还有需要改进的地方。",
    ],
  },
  {
    id: "ol2025-example",
    title: organizational[3]!.heading,
    paragraphs: [
      "在岗位上满足于完成交办任务，主动想办法、挑重担不够。比如，{instance}，说明本人先锋模范作用发挥得还不充分。",
    ],
  },
];

/** 问题产生的原因: the usual four roots, each in the writer's own terms. */
export const REVIEW_CAUSE_TOPICS: readonly TopicDef[] = [
  {
    id: "cause-ideals",
    title: "理想信念的根基还需筑牢",
    paragraphs: [
      "本人把理论学习当成了阶段性任务，没有当作终身课题，学得不深不透，信念的根基就不够牢，遇到具体问题时站位不够高。",
    ],
  },
  {
    id: "cause-party-spirit",
    title: "党性修养的自觉还需增强",
    paragraphs: [
      "随着工作年限增加，本人自我要求有所放松，对照党章党规检视自己的次数少了，批评和自我批评的劲头弱了。",
    ],
  },
  {
    id: "cause-purpose",
    title: "宗旨意识还需树得更牢",
    paragraphs: [
      "本人坐在办公室听汇报、看材料的时间多，到一线了解群众急难愁盼的时间少，对群众的感情还需加深。",
    ],
  },
  {
    id: "cause-discipline",
    title: "纪律规矩意识还需绷紧",
    paragraphs: [
      "本人觉得自己守住了底线就行，对小事小节重视不够，对违规违纪问题的警示作用体会得不深，纪律这根弦有时没有绷紧。",
    ],
  },
];

/** 整改措施 for 2025年度民主生活会: one item per aspect, in the same order. */
export const DEMOCRATIC_2025_REMEDY_TOPICS: readonly TopicDef[] = [
  {
    id: "dl2025-fix-loyalty",
    title: "在强化政治忠诚上持续用力",
    paragraphs: [
      "把学习贯彻党的二十届四中全会精神作为首要任务，每月至少精读一篇重要讲话原文，结合分管工作写出学习体会，确保党中央决策部署在分管领域落地见效。",
    ],
  },
  {
    id: "dl2025-fix-party-spirit",
    title: "在锤炼党性上从严要求",
    paragraphs: [
      "以普通党员身份参加所在党支部组织生活，定期对照党章党规检视自己，主动接受党员群众监督，做到自重自省自警自励。",
    ],
  },
  {
    id: "dl2025-fix-reverence",
    title: "在常怀敬畏上慎始慎终",
    paragraphs: [
      "严格执行请示报告制度，重大事项按程序办理，每季度到基层联系点走访，听取群众意见并推动解决具体问题。",
    ],
  },
  {
    id: "dl2025-fix-enterprise",
    title: "在担当作为上攻坚克难",
    paragraphs: [
      "对分管领域的难点工作列出清单，明确时限和责任人，本人带头包抓，一项一项推动解决，不等不拖。",
    ],
  },
  {
    id: "dl2025-fix-governing-party",
    title: "在管党治党上压实责任",
    paragraphs: [
      "认真履行“一岗双责”，定期听取分管部门党建和党风廉政建设情况汇报，对苗头性问题早提醒、早纠正。",
    ],
  },
];

/** 整改措施 for 2025年度组织生活会: one item per usual aspect, in the same order. */
export const ORGANIZATIONAL_2025_REMEDY_TOPICS: readonly TopicDef[] = [
  {
    id: "ol2025-fix-loyalty",
    title: "坚持学用结合",
    paragraphs: [
      "制定个人学习计划，每周安排固定时间自学，每学一个专题就联系岗位工作写一段体会，在支部学习中主动交流。",
    ],
  },
  {
    id: "ol2025-fix-party-spirit",
    title: "严守纪律规矩",
    paragraphs: [
      "按时参加组织生活、按时足额交纳党费，对照党章逐条检视自己，把纪律要求落实到日常言行中。",
    ],
  },
  {
    id: "ol2025-fix-conduct",
    title: "持续改进作风",
    paragraphs: [
      "对照中央八项规定精神查找工作中的形式主义苗头，交办的事项建立台账，办一件、销一件，做到件件有回音。",
    ],
  },
  {
    id: "ol2025-fix-example",
    title: "立足岗位作表率",
    paragraphs: [
      "在急难险重任务中主动请缨，在本岗位上争创一流业绩，让身边同事从本人的工作中看到党员的样子。",
    ],
  },
];
