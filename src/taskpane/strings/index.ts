import { errorStrings } from "./errors";
import { shellStrings } from "./shell";
import { templatesStrings } from "./templates";
import { PART_LABELS, SEVERITY_LABELS, STATUS_LABELS } from "../../core/check/labels";

/**
 * Every piece of text the task pane shows, in this folder: the frame's in shell.ts, the 模板 tab's
 * in templates.ts and the errors in errors.ts (what the first screen needs, kept apart), the rest
 * here.
 */
export const strings = {
  ...shellStrings,
  templates: templatesStrings,
  phrases: {
    search: "搜索提法",
    searchPlaceholder: "汉字、拼音或首字母，如 sgys",
    scope: "范围",
    scopes: {
      all: "全部",
      favourites: "收藏",
      recent: "最近使用",
      user: "我的常用语",
      shared: "单位共享",
    } as Record<string, string>,
    replaceSelection: "替换选中",
    insertName: "插入名称",
    insertText: "插入全文",
    insertUsage: "插入例句",
    copy: "复制",
    copied: "已复制到剪贴板。",
    copyFailed: "无法访问剪贴板，请手动选择文字复制。",
    favourite: "收藏",
    unfavourite: "取消收藏",
    historical: "历史提法",
    regional: "说明",
    own: "我的",
    shared: "单位共享",
    edit: "编辑",
    delete: "删除",
    deleted: (name: string) => `已删除“${name}”。`,
    undoDelete: "撤消删除",
    restoredEntry: (name: string) => `已恢复“${name}”。`,
    inserted: (text: string) => `已插入：${text.length > 24 ? `${text.slice(0, 24)}…` : text}`,
    newEntry: "新建",
    saveSelection: "存为常用语",
    noSelection: "请先在文档中选中要保存的文字。",
    importFile: "导入",
    exportFile: "导出",
    settings: "设置",
    moreActions: "更多",
    imported: (added: number, updated: number) =>
      `导入成功：新增 ${added} 条，更新 ${updated} 条。`,
    importFailed: (error: string) => `导入失败，常用语未作任何改动。${error}`,
    exported: "已导出常用语文件。",
    results: (n: number) => `共 ${n} 条`,
    more: (n: number) => `仅显示前 ${n} 条，请输入更多文字缩小范围。`,
    didYouMean: "是不是要找：",
    none: "没有找到匹配的提法。",
    dialogNew: "新建常用语",
    dialogEdit: "编辑常用语",
    name: "名称",
    text: "内容",
    textHint:
      "可写 {单位名称}、{年度}、{下一年度}、{上级机关}，插入时换成“模板”页填写的内容。Ctrl+Enter 保存。",
    category: "分类（可选）",
    save: "保存",
    cancel: "取消",
    saved: (name: string) => `已保存“${name}”。`,
    required: "名称和内容不能为空。",
    settingsTitle: "设置",
    sharedUrl: "单位共享提法库地址",
    sharedUrlHint:
      "由单位在内网发布的 JSON 文件地址；留空则不使用。这是任务窗格唯一会访问的外部地址。",
    sharedUrlInvalid: "请输入以 https:// 开头的完整地址。",
    sharedUrlInsecure: "为保护内容，只能使用 https:// 地址（本机测试可用 http://localhost）。",
    sharedUpdating: "正在更新共享提法库…",
    sharedTimeout: (seconds: number) => `服务器 ${seconds} 秒内没有响应`,
    sharedUnreachable:
      "无法连接服务器：地址有误、网络不通，或服务器未允许加载项访问（需返回 Access-Control-Allow-Origin 头）",
    sharedHttpStatus: (status: number) => `服务器返回 ${status}`,
    sharedTooLarge: (mb: number) => `文件过大，超过 ${mb} MB，已停止下载`,
    sharedRedirected:
      "服务器把地址转到了别处，但没能从转到的地方取到文件（可能是循环转址，或转到的服务器未允许加载项访问）。请填写文件的最终地址，或请管理员检查服务器的转址设置",
    sharedUrlCredentials:
      "地址中不能包含用户名或密码：它们会以明文保存在本机。请使用无需在地址中登录的内网地址。",
    storageFull:
      "本机存储空间已满，未能保存，原有内容未受影响。请删除部分常用语，或导出后精简再导入。",
    storageFailed: "无法写入本机存储，未能保存，原有内容未受影响。",
    storedUnreadable: (why: string) =>
      `已保存的常用语无法读取（${why}）。为免覆盖，暂不能保存或导入；可先“导出”备份原始内容。`,
    favouriteFailed: "收藏未能保存：本机存储空间已满。",
    requirementsInUse: (label: string, notice?: string) =>
      `检查和模板按${label}${notice ? `（${notice}）` : ""}。`,
    refresh: "立即更新",
    sharedStatus: (n: number, at: string) => `已缓存 ${n} 条，更新于 ${at}。`,
    sharedFailed: (error: string, n: number) =>
      `共享提法库更新失败（${error}），继续使用缓存的 ${n} 条。`,
    storageNote:
      "常用语保存在本机的加载项存储中，清除 Office 缓存或浏览器数据会将其删除，请定期导出备份。",
  },
  check: {
    type: "文稿类型",
    autoType: (name?: string) => (name ? `自动识别（${name}）` : "自动识别"),
    basis: (label: string) => `按${label}检查`,
    basisNotHeld: (label: string, year: number) =>
      `标题中的年度不是${year}年，未按${label}检查；要按它检查，请在上面选定文稿类型。`,
    run: "开始检查",
    rerun: "重新检查",
    sections: "必备部分",
    status: STATUS_LABELS,
    optional: "（可选）",
    addSection: "补上",
    findings: "需要处理的问题",
    noFindings: "没有发现问题。",
    ready: "检查通过，可以提交。",
    readyWithWarnings: (n: number) => `没有必须修改的错误，另有 ${n} 处建议核实。`,
    layoutIssues: (n: number) => `另有 ${n} 处格式不合公文格式国家标准，可一键排版。`,
    layoutUnchecked: "文字没有设定格式，公文格式未检查，可一键排版。",
    notReady: (errors: number, warnings: number) =>
      `还有 ${errors} 处错误需要修改${warnings ? `，${warnings} 处建议核实` : ""}，暂不宜提交。`,
    severity: SEVERITY_LABELS,
    locate: "定位",
    sourceOf: (source: string) => `出处：${source}`,
    fixTo: (text: string) => (text === "" ? "删除" : `改为“${text}”`),
    fill: "填入",
    fillLabel: "填写内容",
    fillPreview: "填入后：",
    fillEmpty: "请先填写要填入的内容。",
    ignore: "忽略",
    ignoreWord: "忽略此词",
    ignoreWordLabel: (word: string) => `忽略此词：把“${word}”记为正确，此后不再提示`,
    ignoredCount: (n: number) => `已忽略 ${n} 项。`,
    restoreIgnored: "恢复全部",
    showIgnored: "逐项查看",
    hideIgnored: "收起",
    ignoredList: "已忽略的问题",
    ignoredFinding: (rule: string, what: string, hidden: number) =>
      `${rule}：${what}${hidden > 1 ? `（${hidden} 处）` : ""}`,
    ignoredWord: (word: string, hidden: number) =>
      `记为正确的词：“${word}”${hidden > 1 ? `（${hidden} 处）` : ""}`,
    restoreOne: "恢复",
    restoreOneLabel: (what: string) => `恢复：${what}`,
    restoredOne: (what: string) => `已恢复“${what}”，重新列入问题。`,
    fixed: "已修改，并重新检查。可用 Word 的“撤消”（Ctrl+Z）撤回。",
    sectionsComplete: (n: number) => `必备部分齐全（${n} 项）。`,
    sectionsMissing: (names: readonly string[]) =>
      `必备部分缺 ${names.length} 项：${names.join("、")}。`,
    showSections: "查看各部分",
    hideSections: "收起",
    previous: "上一条",
    next: "下一条",
    position: (k: number, n: number) => `第 ${k} 条 / 共 ${n} 条`,
    count: (n: number) => `共 ${n} 条`,
    jumpTo: "跳到",
    outline: "大纲",
    showOutline: "查看大纲",
    hideOutline: "收起大纲",
    noOutline: "没有找到标题（一、（一）1. 或 Word 的标题样式）。",
    outlineFigures: (characters: number, findings: number) =>
      `${characters} 字${findings ? ` · ${findings} 个问题` : ""}`,
    jumpLayout: "排版",
    jumpExport: "导出",
    jumpComments: "批注",
    wrappedToFirst: "已过最后一条，回到第一条。",
    wrappedToLast: "已过第一条，转到最后一条。",
    fixAll: (n: number) => `全部修改（${n} 处）`,
    fixGroup: (n: number) => `本类全部修改（${n} 处）`,
    fixedAll: (n: number, skipped: number) =>
      `已修改 ${n} 处${skipped ? `，${skipped} 处未修改（文字已改动，或 Word 找不到这段文字，请逐条查看）` : ""}，并重新检查。可用 Word 的“撤消”（Ctrl+Z）逐步撤回。`,
    emptyDocument: "文档还是空的：可先到“模板”页插入全文框架，写好后再来检查。",
    goTemplates: "去“模板”页",
    sectionAdded: (name: string, renumbered: number) =>
      `已补上“${name}”${renumbered ? `，并顺延了后面 ${renumbered} 处编号` : ""}，并重新检查。`,
    noPlace: "无法确定插入位置，请把光标放到合适位置后在“模板”页插入。",
    ignoredSaved: "已忽略，下次检查不再显示。",
    wordIgnoredSaved: (word: string) => `已把“${word}”记为正确，本文档中不再作为错别字提示。`,
    restored: "已恢复全部忽略的问题。",
    characters: (n: number, target: number) =>
      n > target
        ? `正文共 ${n} 字，比字数目标（${target} 字以内）多 ${n - target} 字。`
        : `正文共 ${n} 字（目标 ${target} 字以内）。`,
    lengthTarget: "字数目标",
    lengthUnit: "字以内",
    deletedTextMayCount:
      "这一版本的 Word 读不出“接受修订后”的文字：如果文档有修订，已删除的文字也会被检查。建议先“接受所有修订”，或在“审阅”中把显示改为“无标记”后再检查。",
    closeNote: "关闭提示",
    showMore: (n: number, left: number) => `再显示 ${n} 条（还有 ${left} 条）`,
    part: PART_LABELS,
    comments: "批注",
    addComments: "添加为批注",
    removeComments: "删除本工具的批注",
    commentsHint: "把上面的问题作为 Word 批注加在对应文字上，便于对照修改或交给他人审阅。",
    commentsUnsupported:
      "添加批注需要 Word 2021、Word 2024、Microsoft 365 或 Word 网页版（WordApi 1.4），这一版本的 Word 不支持。",
    noComments: "没有需要添加批注的问题。",
    commentsAdded: (added: number, skipped: number) =>
      `已添加 ${added} 条批注。${skipped ? `${skipped} 条因文字已改动未添加。` : ""}可用 Word 的“撤消”（Ctrl+Z）撤回。`,
    commentsRemoved: (n: number) =>
      n ? `已删除本工具添加的 ${n} 条批注，其他人的批注保持不变。` : "文档中没有本工具添加的批注。",
    result: "检查结果",
    printResult: "打印检查结果",
    exportResult: "导出检查结果",
    resultHint:
      "把结论、必备部分和每个问题（连同前后文字和修改建议）做成一页。导出的网页可用浏览器打开、打印或转给他人；Word 没有弹出打印对话框时（如 Mac 版），请导出后在浏览器中打印。",
    resultExported: (file: string) => `已导出“${file}”。`,
    untitled: "当前文档",
  },
  layout: {
    heading: "公文格式",
    hint: "按公文格式国家标准设置标题、各级标题和正文的字体字号、首行缩进，页边距、每页 22 行每行 28 字，以及“— 1 —”页码。只改格式，不改文字。",
    clean: "格式符合公文格式国家标准。",
    cleanPart: (names: string) => `各段的${names}符合公文格式国家标准。`,
    property: { font: "字体", size: "字号", alignment: "对齐", indent: "首行缩进", lines: "行距" },
    unread: (names: string, n: number, total: number) =>
      `${n === total ? "各段" : `有 ${n} 段`}的${names}读不出（文字没有设定格式，或同一段中不一致），未检查；一键排版会按标准设置。`,
    pageUnread: "这一版本的 Word 没有提供页面设置，纸张、页边距、每页行数和页码未检查。",
    pageNotRead: "页面设置（纸张、页边距、每页行数和页码）读不出，未检查。",
    pageNumbersNotRead: "页脚文字中没有找到页码（可能在文本框中），页码未检查。",
    issues: (n: number) => `格式有 ${n} 处不合公文格式国家标准，见上方“公文格式”组。`,
    apply: "一键排版",
    missingFont: (font: string) => `本机没有“${font}”，改用`,
    keepFont: (font: string) => `仍用${font}（在有此字体的电脑上显示）`,
    fontsMissing: (n: number, kept: boolean) =>
      `本机缺 ${n} 种公文字体，${kept ? "排版时仍用原字体名（在有这些字体的电脑上正常显示）" : "排版时改用已选的替代字体"}。`,
    changeFonts: "更改",
    fontsNote: "字体选择会记住，下次排版和检查都按此处理。",
    applied: (formatted: number, skipped: number) =>
      `已排版 ${formatted} 段${skipped ? `，${skipped} 段因文字已改动未处理` : ""}，并重新检查。可用 Word 的“撤消”（Ctrl+Z）撤回。`,
    pageByHand:
      "这一版本的 Word 不能设置页面：请在“布局”→“页面设置”中把页边距设为上 3.7、下 3.5、左 2.8、右 2.6 厘米，在“文档网格”中选“指定行和字符网格”，每行 28 字、每页 22 行。",
    numbersByHand:
      "页码未改动（页脚中有其他内容，或这一版本的 Word 不能插入页码）：请在“插入”→“页码”中设为页面底端，格式“— 1 —”，并在“页眉和页脚”中勾选“奇偶页不同”，单页居右、双页居左。",
  },
  empty: {
    templates: "在这里选择文稿类型，插入全文框架或单个部分。",
    phrases: "在这里搜索规范提法，插入到光标处。",
    check: "在这里检查文稿是否缺项、留有空白或存在错误提法。",
  },
  errors: errorStrings,
} as const;
