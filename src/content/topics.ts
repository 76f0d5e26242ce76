import { BRANCH_TOPICS } from "./templates/branchTopics";
import { MAIN_WORK_TOPICS } from "./templates/mainWorkTopics";
import { PLAN_TOPICS } from "./templates/planTopics";
import { PROBLEM_TOPICS } from "./templates/problemTopics";
import {
  DEMOCRATIC_2025_PROBLEM_TOPICS,
  DEMOCRATIC_2025_REMEDY_TOPICS,
  ORGANIZATIONAL_2025_PROBLEM_TOPICS,
  ORGANIZATIONAL_2025_REMEDY_TOPICS,
  REVIEW_CAUSE_TOPICS,
  REVIEW_STUDY_TOPICS,
} from "./templates/reviewTopics";
import type { TopicDef } from "./types";

/** Every topic any section offers, by id. */
export const TOPICS: readonly TopicDef[] = [
  ...MAIN_WORK_TOPICS,
  ...BRANCH_TOPICS,
  ...PROBLEM_TOPICS,
  ...PLAN_TOPICS,
  ...REVIEW_STUDY_TOPICS,
  ...DEMOCRATIC_2025_PROBLEM_TOPICS,
  ...ORGANIZATIONAL_2025_PROBLEM_TOPICS,
  ...REVIEW_CAUSE_TOPICS,
  ...DEMOCRATIC_2025_REMEDY_TOPICS,
  ...ORGANIZATIONAL_2025_REMEDY_TOPICS,
];
