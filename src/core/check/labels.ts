import type { DocPart } from "../document";
import type { SectionStatus } from "./sections";
import type { Severity } from "./types";

/** How the checklist names a finding's severity, in the task pane and on the command line. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "错误",
  warning: "建议",
  info: "提示",
};

/** How the checklist names a section's status. */
export const STATUS_LABELS: Readonly<Record<SectionStatus, string>> = {
  present: "已有",
  missing: "缺少",
  empty: "没有内容",
};

/** Where a finding outside the body is. */
export const PART_LABELS: Readonly<Record<DocPart, string>> = {
  header: "页眉",
  footer: "页脚",
  footnote: "脚注",
  endnote: "尾注",
};
