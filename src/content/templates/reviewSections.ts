import type { SectionDef } from "../types";
import { REVIEW_CAUSE_TOPICS, REVIEW_STUDY_TOPICS } from "./reviewTopics";

/**
 * How writers head the parts of a 对照检查材料; the checklist recognises a part by any of these.
 */
export const REVIEW_HEADINGS = {
  study: ["收获", "体会"],
  comparison: [
    "对照检查情况",
    "对照检查",
    "存在的问题",
    "存在的主要问题",
    "存在问题",
    "查摆的问题",
    "查摆出的问题",
    "查摆问题",
    "突出问题",
    "检视问题",
    "问题和不足",
    "差距和不足",
    "存在的不足",
  ],
  causes: ["原因", "根源"],
  rectification: [
    "整改措施",
    "整改方向",
    "整改举措",
    "整改落实",
    "努力方向",
    "改进措施",
    "改进方向",
    "下一步",
    "下步",
    "今后",
  ],
} as const;

export function studySection(): SectionDef {
  return {
    id: "study",
    kind: "numbered",
    title: "学习收获",
    required: false,
    headings: REVIEW_HEADINGS.study,
    paragraphs: ["会前，本人认真参加集中学习和专题研讨，主要有以下几点收获："],
    topics: REVIEW_STUDY_TOPICS.map((t) => t.id),
    defaultTopics: REVIEW_STUDY_TOPICS.map((t) => t.id),
  };
}

/** 对照检查情况: the year's aspects, one topic each. */
export function comparisonSection(lead: string, topics: readonly string[]): SectionDef {
  return {
    id: "comparison",
    kind: "numbered",
    title: "对照检查情况",
    required: true,
    headings: REVIEW_HEADINGS.comparison,
    paragraphs: [lead],
    topics,
    defaultTopics: topics,
  };
}

export function causesSection(): SectionDef {
  return {
    id: "causes",
    kind: "numbered",
    title: "问题产生的原因",
    required: true,
    headings: REVIEW_HEADINGS.causes,
    paragraphs: ["对照查摆出的问题，本人从思想上、主观上深挖根源，主要有以下几个方面："],
    topics: REVIEW_CAUSE_TOPICS.map((t) => t.id),
    defaultTopics: REVIEW_CAUSE_TOPICS.map((t) => t.id),
  };
}

/** 整改措施: one item for each problem above, in the same order. */
export function rectificationSection(topics: readonly string[]): SectionDef {
  return {
    id: "rectification",
    kind: "numbered",
    title: "整改措施和努力方向",
    required: true,
    headings: REVIEW_HEADINGS.rectification,
    paragraphs: ["针对上述问题，本人将逐项明确整改措施和时限，切实改到位、见实效："],
    topics,
    defaultTopics: topics,
  };
}

export function reviewClosingSection(): SectionDef {
  return {
    id: "closing",
    kind: "closing",
    title: "结语",
    required: false,
    headings: [],
    cues: ["批评指正", "帮助指正"],
    paragraphs: ["以上对照检查如有不妥之处，恳请同志们批评指正。"],
  };
}
