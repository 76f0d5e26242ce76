/** Where the 检查 tab shows a message: in a rule's group, under the sections, the findings or the comment buttons. */
export const statusAt = {
  rule: (rule: string) => `rule:${rule}`,
  sections: "sections",
  findings: "findings",
  comments: "comments",
} as const;
