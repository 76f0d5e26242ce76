import type { SectionDef, TemplateText } from "../types";
import { MAIN_WORK_TOPICS } from "./mainWorkTopics";
import { PLAN_TOPICS } from "./planTopics";
import { PROBLEM_TOPICS } from "./problemTopics";

/** How writers head each common section; the checklist recognises a section by any of these. */
export const HEADINGS = {
  mainWork: [
    "主要工作",
    "工作情况",
    "工作开展情况",
    "主要做法",
    "工作成效",
    "履职情况",
    "履行职责情况",
    "职责情况",
    "开展的工作",
    "工作回顾",
    "取得的成效",
    "主要成效",
    "基本情况",
    "完成情况",
    "主要成绩",
    "推进情况",
  ],
  problems: [
    "存在问题",
    "存在的问题",
    "存在的主要问题",
    "存在的不足",
    "问题和不足",
    "问题与不足",
    "存在的困难",
    "困难和问题",
    "不足之处",
    "差距和不足",
    "问题及原因",
    "短板和不足",
    "需要改进",
    "有待改进",
    "有待加强",
  ],
  plans: [
    "工作打算",
    "工作计划",
    "工作安排",
    "工作思路",
    "下步",
    "下一步",
    "努力方向",
    "工作措施",
    "工作设想",
    "工作重点",
    "工作举措",
  ],
  closing: ["专此报告", "特此报告"],
} as const;

/**
 * Words a problems or plans heading is recognised by when it is worded unlike any of the above
 * (差距与短板, 下一步的思路举措); main work is recognised by its place (core/check/sections.ts).
 */
export const HEADING_WORDS = {
  problems: ["问题", "不足", "差距", "短板", "薄弱", "困难", "弱项"],
  plans: [
    "打算",
    "计划",
    "安排",
    "思路",
    "下步",
    "下一步",
    "举措",
    "措施",
    "设想",
    "方向",
    "重点",
    "目标",
    "展望",
  ],
} as const;

export const ALL_MAIN_TOPIC_IDS = MAIN_WORK_TOPICS.map((t) => t.id);

export const PROBLEMS_SECTION: SectionDef = {
  id: "problems",
  kind: "numbered",
  title: "存在的问题和不足",
  required: true,
  headings: HEADINGS.problems,
  cues: [
    "虽然取得了一些成绩",
    "虽然取得了一定成效",
    "存在一些问题",
    "存在以下问题",
    "问题和不足",
    "差距和不足",
    "不足之处",
  ],
  hints: [{ theme: "对照总要求和上级部署" }, { theme: "对照上级要求和群众期盼" }],
  paragraphs: [
    "在肯定成绩的同时，我们也清醒地看到，对照新时代党的建设总要求和上级部署，工作中还存在一些问题和不足，主要是：",
    "回顾一年来的工作，虽然取得了一定成效，但与上级要求和群众期盼相比还有差距，主要表现在：",
  ],
  topics: PROBLEM_TOPICS.map((t) => t.id),
  defaultTopics: ["theory-depth", "integration-gap", "organization-weakness"],
};

export function plansSection(title: string, lead: string): SectionDef {
  return {
    id: "plans",
    kind: "numbered",
    title,
    required: true,
    headings: HEADINGS.plans,
    paragraphs: [lead],
    topics: PLAN_TOPICS.map((t) => t.id),
    defaultTopics: ["plan-political", "plan-theory", "plan-organization", "plan-integrity"],
  };
}

/** One of several wordings, with what sets it apart (shown beside 写法一/二). */
export type Worded = readonly [text: TemplateText, theme: string];

/** A section's paragraph alternatives, with their hints when there are several. */
function alternatives(wordings: readonly (TemplateText | Worded)[]) {
  const paragraphs = wordings.map((w) => (typeof w === "string" ? w : w[0]));
  if (wordings.length < 2) return { paragraphs };
  return { paragraphs, hints: wordings.map((w) => ({ theme: typeof w === "string" ? "" : w[1] })) };
}

export function titleSection(...wordings: (TemplateText | Worded)[]): SectionDef {
  return {
    id: "title",
    kind: "title",
    title: "标题",
    required: true,
    headings: [],
    ...alternatives(wordings),
  };
}

export function openingSection(...wordings: (TemplateText | Worded)[]): SectionDef {
  return {
    id: "opening",
    kind: "opening",
    title: "开头",
    required: false,
    headings: [],
    ...alternatives(wordings),
  };
}

export function mainWorkSection(
  title: string,
  topics: readonly string[],
  defaultTopics: readonly string[]
): SectionDef {
  return {
    id: "main-work",
    kind: "numbered",
    title,
    required: true,
    headings: HEADINGS.mainWork,
    topics,
    defaultTopics,
  };
}
