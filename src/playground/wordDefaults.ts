import type { PageFormat, ParagraphFormat } from "../core/document";

/**
 * How a report typed into a new Word document looks before anyone formats it (Word 2016 and
 * later, Chinese): 等线 五号, justified, no indent, single spacing; A4 with Word's margins, a line
 * grid, no page numbers. The playground's sample carries it, so 公文格式 and 一键排版 can be tried.
 */
export const WORD_DEFAULT_FORMAT: ParagraphFormat = {
  eastAsiaFont: "等线",
  sizePt: 10.5,
  bold: false,
  alignment: "justify",
  firstLinePt: 0,
  lineSpacing: { rule: "multiple", value: 1 },
};

export const WORD_DEFAULT_PAGE: PageFormat = {
  widthMm: 210,
  heightMm: 297,
  margins: { topMm: 25.4, bottomMm: 25.4, leftMm: 31.75, rightMm: 31.75 },
  grid: { linePitchPt: 15.6 },
  pageNumbers: { present: false, dashed: false, oddEven: false },
};
