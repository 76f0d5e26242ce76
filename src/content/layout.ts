/**
 * The layout of an official document (公文格式) as units apply it to reports and summaries. Figures
 * from GB/T 9704—2012《党政机关公文格式》: 5.1 A4 paper; 5.2.1 天头 37 mm ± 1, 订口 28 mm ± 1, 版心
 * 156 mm × 225 mm; 5.2.2 3号仿宋 by default; 5.2.3 22 lines a page, 28 characters a line; 7.3.1
 * title 2号小标宋, centred; 7.3.3 levels 一、黑体, （一）楷体, 1. and （1）仿宋; 7.5 page numbers 4
 * 号半角宋体 Arabic figures with a 一字线 on each side, 7 mm below the 版心, odd pages right and
 * even pages left, one character in. The text of 5.2.1–5.2.3 was checked against a copy of the
 * standard (uianet.net/dictionary/b184376.html); 7.3 and 7.5 against secondary quotations, not the
 * standard's own text. A unit that uses other figures changes them here.
 */

/** What a paragraph is in the layout. */
export type LayoutRole =
  "title" | "addressee" | "body" | "heading1" | "heading2" | "heading3" | "heading4" | "signature";

export type LayoutAlignment = "left" | "center" | "right" | "justify";

export interface RoleLayout {
  /** The role as writers call it, for messages. */
  name: string;
  /** The East Asian typeface the standard names. */
  font: string;
  /** Points: 2号 22, 3号 16. */
  sizePt: number;
  /** Set only where the layout fixes it; undefined leaves the writer's choice alone. */
  bold?: boolean;
  /** Checked only where the layout fixes it. */
  alignment?: LayoutAlignment;
  /** First-line indent in characters; undefined where the layout does not fix it. */
  indentChars?: number;
  /** The typeface the unit uses where `font` is not installed; set from its choice, not here. */
  fallback?: string;
}

/** A typeface family: the names a font of it goes by on Windows, Mac, WPS and Linux. */
export interface FontFamily {
  /** The name the standard's layout uses. */
  name: string;
  /** Every name that counts as this family (compared without spaces, case-insensitively). */
  names: readonly string[];
  /** What to use where it is not installed, in order of closeness. */
  fallbacks: readonly string[];
}

export interface PageNumberLayout {
  font: string;
  sizePt: number;
  /** The dash on each side of the figure: the 一字线. */
  dash: string;
  /** The 一字线's distance below the 版心. */
  belowBodyMm: number;
  /** Characters in from the outer edge of the 版心. */
  indentChars: number;
}

export interface LayoutSpec {
  /** Where the figures come from, for messages. */
  source: string;
  page: { widthMm: number; heightMm: number };
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number };
  /** How far a margin may differ before it is reported. */
  toleranceMm: number;
  linesPerPage: number;
  charsPerLine: number;
  /** Latin letters and Arabic figures. */
  latinFont: string;
  roles: Record<LayoutRole, RoleLayout>;
  pageNumber: PageNumberLayout;
  families: readonly FontFamily[];
}

const BODY_SIZE = 16;

export const GB_9704: LayoutSpec = {
  source: "GB/T 9704—2012《党政机关公文格式》",
  page: { widthMm: 210, heightMm: 297 },
  margins: { topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 },
  toleranceMm: 1,
  linesPerPage: 22,
  charsPerLine: 28,
  latinFont: "Times New Roman",
  roles: {
    title: {
      name: "标题",
      font: "方正小标宋简体",
      sizePt: 22,
      bold: false,
      alignment: "center",
      indentChars: 0,
    },
    addressee: {
      name: "主送机关",
      font: "仿宋_GB2312",
      sizePt: BODY_SIZE,
      alignment: "left",
      indentChars: 0,
    },
    body: {
      name: "正文",
      font: "仿宋_GB2312",
      sizePt: BODY_SIZE,
      alignment: "justify",
      indentChars: 2,
    },
    heading1: {
      name: "一级标题（一、）",
      font: "黑体",
      sizePt: BODY_SIZE,
      bold: false,
      indentChars: 2,
    },
    heading2: {
      name: "二级标题（（一））",
      font: "楷体_GB2312",
      sizePt: BODY_SIZE,
      bold: false,
      indentChars: 2,
    },
    heading3: {
      name: "三级标题（1.）",
      font: "仿宋_GB2312",
      sizePt: BODY_SIZE,
      bold: true,
      indentChars: 2,
    },
    heading4: { name: "四级标题（（1））", font: "仿宋_GB2312", sizePt: BODY_SIZE, indentChars: 2 },
    signature: { name: "署名和日期", font: "仿宋_GB2312", sizePt: BODY_SIZE, alignment: "right" },
  },
  pageNumber: { font: "宋体", sizePt: 14, dash: "—", belowBodyMm: 7, indentChars: 1 },
  families: [
    {
      name: "仿宋_GB2312",
      names: [
        "仿宋_GB2312",
        "仿宋",
        "FangSong_GB2312",
        "FangSong",
        "方正仿宋_GBK",
        "方正仿宋简体",
        "华文仿宋",
        "STFangsong",
      ],
      fallbacks: ["仿宋", "华文仿宋"],
    },
    {
      name: "楷体_GB2312",
      names: [
        "楷体_GB2312",
        "楷体",
        "KaiTi_GB2312",
        "KaiTi",
        "方正楷体_GBK",
        "方正楷体简体",
        "华文楷体",
        "STKaiti",
      ],
      fallbacks: ["楷体", "华文楷体"],
    },
    {
      name: "黑体",
      names: ["黑体", "SimHei", "方正黑体_GBK", "方正黑体简体", "华文黑体", "STHeiti"],
      fallbacks: ["微软雅黑"],
    },
    {
      name: "方正小标宋简体",
      names: ["方正小标宋简体", "方正小标宋_GBK", "方正小标宋", "小标宋", "FZXiaoBiaoSong-B05S"],
      fallbacks: ["华文中宋", "宋体"],
    },
    {
      name: "宋体",
      names: ["宋体", "SimSun", "新宋体", "NSimSun", "华文宋体", "STSong"],
      fallbacks: [],
    },
  ],
};

/** Characters of the page number's 一字线 other programs write for it. */
export const PAGE_NUMBER_DASHES = ["—", "－", "-", "–", "―", "─"] as const;
