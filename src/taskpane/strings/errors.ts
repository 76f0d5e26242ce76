/**
 * What a failed document action says, in every tab: apart, so the first tab carries no other tab's
 * text.
 */
export const errorStrings = {
  stale: "文档在读取后已被修改，请重试。",
  range: "找不到要操作的位置，文档可能已被修改。",
  outside:
    "光标不在正文中（可能在页眉、页脚、脚注、文本框或批注里）。请在正文中点一下要插入的位置，再点“插入”。",
  unavailable: "Word 暂时无法完成此操作，请稍后重试。",
  unknown: "操作失败：",
} as const;
