/** Every piece of text the task pane shows, in one place. */
export const strings = {
  appName: "党建写作助手",
  tabs: {
    templates: "模板",
    phrases: "提法",
    check: "检查",
  },
  boot: {
    loading: "正在加载……",
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
  templates: {
    type: "文稿类型",
    unit: "单位名称",
    unitPlaceholder: "如：市统计局、机关第一党支部",
    year: "年度",
    yearHint: "下一年度的工作打算按此自动推算",
    superior: "上级机关",
    superiorPlaceholder: "如：市直机关工委",
    insertSkeleton: "插入全文框架",
    structure: "文稿结构",
    structureHint: "勾选的议题会放入全文框架；每个部分和议题也可单独插入，编号按光标位置自动接续。",
    insert: "插入",
    insertNamed: (name: string) => `插入：${name}`,
    preview: "预览",
    previewHint: "点击上面的部分或议题查看将要插入的内容。",
    variant: "写法",
    variantName: (i: number) => `写法${"一二三四五"[i] ?? i + 1}`,
    inserted: (what: string, renumbered: number) =>
      renumbered > 0 ? `已插入“${what}”，并顺延了后面 ${renumbered} 处编号。` : `已插入“${what}”。`,
    skeletonName: "全文框架",
    yearInvalid: "年度应为四位数字，如 2025。",
  },
  empty: {
    templates: "在这里选择文稿类型，插入全文框架或单个部分。",
    phrases: "在这里搜索规范提法，插入到光标处。",
    check: "在这里检查文稿是否缺项、留有空白或存在错误提法。",
  },
  errors: {
    stale: "文档在读取后已被修改，请重试。",
    range: "找不到要操作的位置，文档可能已被修改。",
    unavailable: "Word 暂时无法完成此操作，请稍后重试。",
    unknown: "操作失败：",
  },
} as const;
