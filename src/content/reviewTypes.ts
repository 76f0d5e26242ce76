import { DEMOCRATIC_LIFE_2025, ORGANIZATIONAL_LIFE_2025 } from "./meetingThemes";
import {
  causesSection,
  comparisonSection,
  rectificationSection,
  reviewClosingSection,
  studySection,
} from "./templates/reviewSections";
import {
  DEMOCRATIC_2025_PROBLEM_TOPICS,
  DEMOCRATIC_2025_REMEDY_TOPICS,
  ORGANIZATIONAL_2025_PROBLEM_TOPICS,
  ORGANIZATIONAL_2025_REMEDY_TOPICS,
} from "./templates/reviewTopics";
import { openingSection, titleSection } from "./templates/commonSections";
import type { DocumentTypeDef } from "./types";

const ids = (topics: readonly { id: string }[]) => topics.map((t) => t.id);

/** A member of a leading group's own material for the year's 民主生活会. */
export const DEMOCRATIC_LIFE_REVIEW: DocumentTypeDef = {
  id: "democratic-life-review",
  name: "民主生活会个人对照检查材料",
  description:
    "领导班子成员在年度民主生活会上的个人对照检查材料：围绕当年主题和重点对照的方面查摆问题、剖析原因、提出整改措施",
  titleKeywords: ["民主生活会", "对照检查"],
  suggestedLength: 5000,
  theme: DEMOCRATIC_LIFE_2025,
  sections: [
    titleSection(
      "{year}年度民主生活会个人对照检查材料",
      "{year}年度专题民主生活会个人对照检查材料"
    ),
    openingSection(
      `按照{superior}关于召开{year}年度民主生活会的通知要求，本人围绕“${DEMOCRATIC_LIFE_2025.theme}”这一主题，认真参加会前学习，广泛听取意见建议，深入开展谈心谈话，紧密联系思想和工作实际查摆问题、剖析根源。现将个人对照检查情况报告如下。`
    ),
    studySection(),
    comparisonSection(
      "对照本次民主生活会重点对照的几个方面，结合征求到的意见和谈心谈话中同志们的提醒，本人主要存在以下问题：",
      ids(DEMOCRATIC_2025_PROBLEM_TOPICS)
    ),
    causesSection(),
    rectificationSection(ids(DEMOCRATIC_2025_REMEDY_TOPICS)),
    reviewClosingSection(),
  ],
};

/** A member's own material for the branch's annual 组织生活会. */
export const ORGANIZATIONAL_LIFE_REVIEW: DocumentTypeDef = {
  id: "organizational-life-review",
  name: "组织生活会个人对照检查材料",
  description:
    "党员在年度组织生活会上的个人对照检查材料：谈学习收获，对照党员标准查摆问题、剖析原因、明确努力方向",
  titleKeywords: ["组织生活会", "对照检查"],
  suggestedLength: 3000,
  theme: ORGANIZATIONAL_LIFE_2025,
  sections: [
    titleSection("{year}年度组织生活会个人对照检查材料"),
    openingSection(
      `按照{superior}关于召开{year}年度组织生活会的通知要求，本人围绕“${ORGANIZATIONAL_LIFE_2025.theme}”这一主题，认真学习、广泛听取意见，对照党章规定的党员标准查找不足。现将个人对照检查情况报告如下。`
    ),
    studySection(),
    comparisonSection(
      "对照党员标准和同志们提出的意见，本人主要存在以下几个方面的问题：",
      ids(ORGANIZATIONAL_2025_PROBLEM_TOPICS)
    ),
    causesSection(),
    rectificationSection(ids(ORGANIZATIONAL_2025_REMEDY_TOPICS)),
    reviewClosingSection(),
  ],
};
