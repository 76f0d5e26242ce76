/**
 * The text the pane's frame shows before any tab's code has loaded: kept apart so the entry script
 * carries only this.
 */
export const shellStrings = {
  closeMessage: "关闭消息",
  loading: "正在加载……",
  appName: "党建写作助手",
  tabs: {
    templates: "模板",
    phrases: "提法",
    check: "检查",
  },
  boot: {
    notInWord: {
      title: "请在 Word 中打开",
      body: "党建写作助手是 Word 加载项，需要在 Word 中通过“开始”选项卡的“党建写作助手”按钮打开。",
    },
    oldWord: {
      title: "当前 Word 版本过低",
      body: "党建写作助手需要 Word API 1.3 或更高版本。请使用 Word 2021、Word 2024、Microsoft 365（Windows 或 Mac）或 Word 网页版。",
    },
    noOffice: {
      title: "无法加载 Office 组件",
      body: "office.js 没有加载成功，加载项无法与 Word 通信。请检查网络或内网服务器上的 office.js 地址，然后关闭并重新打开任务窗格。",
    },
  },
};
