export const playgroundStrings = {
  title: "党建写作助手 · 演示环境（模拟 Word 文档，内容只保存在本页面）",
  selectAll: "全选",
  undo: "撤消",
  redo: "重做",
  undoKeys: "撤消（Ctrl+Z）",
  redoKeys: "重做（Ctrl+Y）",
  loadSample: "载入示例文稿",
  dark: "深色主题",
  pane: "任务窗格",
  comments: "批注",
  paragraphOf: (index: number) => `第 ${index + 1} 段`,
} as const;
