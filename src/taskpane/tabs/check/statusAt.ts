/**
 * Where the 检查 tab shows a message: in a rule's group, under the sections, the findings, the
 * comment buttons, 一键排版 or the result's 打印/导出.
 */
export const statusAt = {
  rule: (rule: string) => `rule:${rule}`,
  sections: "sections",
  findings: "findings",
  comments: "comments",
  layout: "layout",
  result: "result",
} as const;
