import type { BlockParagraph } from "../../core/document";

/** Built-in style per heading level; styleBuiltIn is the same in every Word language. */
const HEADING_STYLES = ["Normal", "Heading1", "Heading2", "Heading3", "Heading4"] as const;

interface ParagraphFormat {
  style: (typeof HEADING_STYLES)[number];
  font: string;
  /** Points: 二号 22, 三号 16. */
  size: number;
  bold: boolean;
  alignment: "Left" | "Centered" | "Right" | "Justified";
  firstLineIndent: number;
}

const BODY_FONT = "仿宋_GB2312";
const BODY: ParagraphFormat = {
  style: "Normal",
  font: BODY_FONT,
  size: 16,
  bold: false,
  alignment: "Justified",
  firstLineIndent: 32,
};

/** Fonts of the official document format (GB/T 9704): 小标宋 title, 黑体 / 楷体 headings, 仿宋 body. */
const HEADING_FONTS: Record<1 | 2 | 3 | 4, { font: string; bold: boolean }> = {
  1: { font: "黑体", bold: false },
  2: { font: "楷体_GB2312", bold: false },
  3: { font: BODY_FONT, bold: true },
  4: { font: BODY_FONT, bold: false },
};

export function formatFor(paragraph: BlockParagraph): ParagraphFormat {
  if (paragraph.level > 0) {
    const level = paragraph.level as 1 | 2 | 3 | 4;
    return { ...BODY, ...HEADING_FONTS[level], style: HEADING_STYLES[level] };
  }
  switch (paragraph.role) {
    case "title":
      return { ...BODY, font: "方正小标宋简体", size: 22, alignment: "Centered", firstLineIndent: 0 };
    case "addressee":
      return { ...BODY, firstLineIndent: 0, alignment: "Left" };
    case "signature":
      return { ...BODY, firstLineIndent: 0, alignment: "Right" };
    default:
      return BODY;
  }
}

/** Apply a role's format to a Word paragraph (queued; no sync). */
export function applyFormat(target: Word.Paragraph, paragraph: BlockParagraph): void {
  const format = formatFor(paragraph);
  target.styleBuiltIn = format.style as Word.BuiltInStyleName;
  target.alignment = format.alignment as Word.Alignment;
  target.firstLineIndent = format.firstLineIndent;
  target.leftIndent = 0;
  target.spaceBefore = 0;
  target.spaceAfter = 0;
  target.font.name = format.font;
  target.font.size = format.size;
  target.font.bold = format.bold;
  target.font.italic = false;
  target.font.color = "#000000";
}

/** Heading level of a paragraph read from Word: built-in heading style first, then outline level. */
export function levelOf(styleBuiltIn: string, outlineLevel: number | undefined): 0 | 1 | 2 | 3 | 4 {
  const heading = /^Heading([1-9])$/.exec(styleBuiltIn);
  const level = heading ? Number(heading[1]) : outlineLevel !== undefined && outlineLevel >= 1 && outlineLevel <= 9 ? outlineLevel : 0;
  return Math.min(level, 4) as 0 | 1 | 2 | 3 | 4;
}
