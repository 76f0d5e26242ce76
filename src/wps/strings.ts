/** What the WPS pages say themselves; the pane's strings are the task pane's. */
export const wpsStrings = {
  notInWps:
    "此页面是党建写作助手的 WPS 加载项任务窗格，请在 WPS 文字中通过“党建写作助手”选项卡打开。",
} as const;
