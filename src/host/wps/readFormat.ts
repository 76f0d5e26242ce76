import type { Alignment, PageFormat, ParagraphFormat } from "../../core/document";
import { ptToMm } from "../../core/layout/geometry";
import type { WpsPageSetup, WpsRange } from "./model";
import { WPS } from "./model";

/** VBA answers this (wdUndefined) where a property is mixed. */
const MIXED = 9999999;
const ALIGNMENTS: Record<number, Alignment> = {
  [WPS.wdAlignParagraphLeft]: "left",
  [WPS.wdAlignParagraphCenter]: "center",
  [WPS.wdAlignParagraphRight]: "right",
  [WPS.wdAlignParagraphJustify]: "justify",
  [WPS.wdAlignParagraphDistribute]: "distribute",
};

/** VBA's tri-state: -1 (or true) yes, 0 (or false) no, anything else mixed. */
function triState(value: number | boolean): boolean | undefined {
  if (value === true || value === -1) return true;
  if (value === false || value === 0) return false;
  return undefined;
}

/**
 * A paragraph's look as WPS gives it: the East Asian typeface itself (Font.NameFarEast), the
 * first-line indent in characters where it was set so, and the line spacing with its rule.
 */
export function paragraphFormatOf(range: WpsRange): ParagraphFormat {
  const format: ParagraphFormat = {};
  const font = range.Font;
  if (font.NameFarEast) format.eastAsiaFont = font.NameFarEast;
  if (typeof font.Size === "number" && font.Size > 0 && font.Size !== MIXED)
    format.sizePt = font.Size;
  const bold = triState(font.Bold);
  if (bold !== undefined) format.bold = bold;
  const paragraph = range.ParagraphFormat;
  const alignment = ALIGNMENTS[paragraph.Alignment];
  if (alignment) format.alignment = alignment;
  if (paragraph.CharacterUnitFirstLineIndent && paragraph.CharacterUnitFirstLineIndent !== MIXED)
    format.firstLineChars = paragraph.CharacterUnitFirstLineIndent;
  else if (typeof paragraph.FirstLineIndent === "number" && paragraph.FirstLineIndent !== MIXED)
    format.firstLinePt = paragraph.FirstLineIndent;
  const spacing = lineSpacingOf(paragraph.LineSpacingRule, paragraph.LineSpacing);
  if (spacing) format.lineSpacing = spacing;
  return format;
}

/**
 * LineSpacingRule and LineSpacing as exact, at-least or a multiple of single spacing (12 points a
 * line).
 */
function lineSpacingOf(rule: number, value: number): ParagraphFormat["lineSpacing"] {
  switch (rule) {
    case WPS.wdLineSpaceExactly:
      return { rule: "exact", value };
    case WPS.wdLineSpaceAtLeast:
      return { rule: "atLeast", value };
    case WPS.wdLineSpaceSingle:
      return { rule: "multiple", value: 1 };
    case 1:
      return { rule: "multiple", value: 1.5 };
    case 2:
      return { rule: "multiple", value: 2 };
    case WPS.wdLineSpaceMultiple:
      return { rule: "multiple", value: value / 12 };
    default:
      return undefined;
  }
}

/** The page and its document grid; page numbers are not read here (they may sit in a text box). */
export function pageFormatOf(setup: WpsPageSetup): PageFormat {
  const page: PageFormat = {
    widthMm: ptToMm(setup.PageWidth),
    heightMm: ptToMm(setup.PageHeight),
    margins: {
      topMm: ptToMm(setup.TopMargin),
      bottomMm: ptToMm(setup.BottomMargin),
      leftMm: ptToMm(setup.LeftMargin),
      rightMm: ptToMm(setup.RightMargin),
    },
  };
  if (setup.LayoutMode === WPS.wdLayoutModeGrid || setup.LayoutMode === WPS.wdLayoutModeLineGrid) {
    const height = setup.PageHeight - setup.TopMargin - setup.BottomMargin;
    page.grid = {
      linePitchPt: height / Math.max(1, setup.LinesPage),
      ...(setup.LayoutMode === WPS.wdLayoutModeGrid ? { charsPerLine: setup.CharsLine } : {}),
    };
  }
  return page;
}
