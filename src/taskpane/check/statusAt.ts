/** Where the 检查 tab shows a message: in a rule's group, under the sections, the findings, the comment buttons or 一键排版. */
export const statusAt = {
  rule: (rule: string) => `rule:${rule}`,
  sections: "sections",
  findings: "findings",
  comments: "comments",
  layout: "layout",
} as const;
