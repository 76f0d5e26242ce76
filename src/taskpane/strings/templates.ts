/**
 * The 模板 tab's text: the first screen's, so it loads with that tab and without the other tabs'
 * text.
 */
export const templatesStrings = {
  type: "文稿类型",
  unit: "单位名称",
  unitPlaceholder: "如：市统计局、机关第一党支部",
  year: "年度",
  yearHint: "下一年度的工作打算按此自动推算",
  superior: "上级机关",
  superiorPlaceholder: "如：市直机关工委",
  insertSkeleton: "插入全文框架",
  preparing: "正在准备……",
  structure: "文稿结构",
  structureHint: "勾选的议题会放入全文框架；每个部分和议题也可单独插入，编号按光标位置自动接续。",
  insert: "插入",
  insertNamed: (name: string) => `插入：${name}`,
  insertPreviewed: "插入预览的内容",
  preview: "预览",
  previewHint: "点击上面的部分或议题查看将要插入的内容。",
  variant: "写法",
  /** A wording's choice with what sets it apart: 写法二：党纪学习教育（2024年）. */
  variantLabel: (i: number, theme: string | undefined, year: number | undefined) =>
    `写法${"一二三四五"[i] ?? i + 1}${theme ? `：${theme}` : ""}${year ? `（${year}年）` : ""}`,
  inserted: (what: string, renumbered: number) =>
    renumbered > 0 ? `已插入“${what}”，并顺延了后面 ${renumbered} 处编号。` : `已插入“${what}”。`,
  insertedAt: (
    what: string,
    heading: string | undefined,
    number: string | undefined,
    renumbered: number
  ) =>
    `已插入“${what}”${heading ? `，在“${heading}”下` : ""}${number ? `，编号为${number}` : ""}${renumbered > 0 ? `；后面 ${renumbered} 处编号已顺延` : ""}。`,
  wrongSection: (meant: string, heading: string) =>
    `注意：这是“${meant}”中的议题，却插在了“${heading}”下。如不是本意，请用“撤消”撤回，把光标放到“${meant}”部分中再插入。`,
  skeletonName: "全文框架",
  againTitle: "再插入一份全文框架？",
  againBody: (names: readonly string[]) =>
    `文档中已有“${names.join("”“")}”。再插入会在光标处另起一套完整框架，编号接着往下排（如四、五、六）。`,
  againConfirm: "仍要插入",
  cancel: "取消",
  undoHint: "插入后可用 Word 的“撤消”（Ctrl+Z）撤回。",
  yearInvalid: "请填写年份，如 2026、２０２６ 或 二〇二六。",
  basis: (label: string) => `模板按${label}`,
} as const;
