import type { Alignment, PageFormat, ParagraphFormat } from "../../core/document";
import { ptToMm } from "../../core/layout/geometry";
import { isDashed, isPageNumberText } from "../../core/layout/pageNumberText";
import { readableText } from "./text";
import type { PartRead } from "./types";

const ALIGNMENTS: Record<string, Alignment> = {
  Left: "left",
  Centered: "center",
  Right: "right",
  Justified: "justify",
};
const CJK = /[\u3400-\u9fff]/;

/**
 * A paragraph's look as Word gives it; Word answers null or "" where it is mixed, read as unknown.
 * The East Asian typeface from WordApiDesktop 1.3; below it font.name only when it names a Chinese
 * typeface (it may be the Latin one). Line spacing is not read: Word's lineSpacing does not say
 * whether it is exact or a multiple.
 */
export function paragraphFormatOf(p: Word.Paragraph, desktop: boolean): ParagraphFormat {
  const format: ParagraphFormat = {};
  const name = desktop ? p.font.nameFarEast : CJK.test(p.font.name ?? "") ? p.font.name : undefined;
  if (name) format.eastAsiaFont = name;
  if (typeof p.font.size === "number" && p.font.size > 0) format.sizePt = p.font.size;
  if (typeof p.font.bold === "boolean") format.bold = p.font.bold;
  const alignment = ALIGNMENTS[p.alignment];
  if (alignment) format.alignment = alignment;
  if (typeof p.firstLineIndent === "number") format.firstLinePt = p.firstLineIndent;
  return format;
}

/**
 * The first section's page setup and its footers' page numbers where they are in the footers' text
 * (WordApiDesktop 1.3).
 */
export function pageFormatOf(setup: Word.PageSetup, footers: readonly PartRead[]): PageFormat {
  const mm = (pt: number) => ptToMm(pt);
  const page: PageFormat = {
    widthMm: mm(setup.pageWidth),
    heightMm: mm(setup.pageHeight),
    margins: {
      topMm: mm(setup.topMargin),
      bottomMm: mm(setup.bottomMargin),
      leftMm: mm(setup.leftMargin),
      rightMm: mm(setup.rightMargin),
    },
  };
  if (setup.layoutMode === "Grid" || setup.layoutMode === "LineGrid") {
    const height = setup.pageHeight - setup.topMargin - setup.bottomMargin;
    page.grid = {
      linePitchPt: height / Math.max(1, setup.linesPage),
      ...(setup.layoutMode === "Grid" ? { charsPerLine: setup.charsLine } : {}),
    };
  }
  const numberIn = (type: string) =>
    footers
      .find((f) => f.locator.type === type)
      ?.paragraphs.items.find((p) => isPageNumberText(readableText(p.text)));
  const odd = numberIn("Primary");
  const even = setup.oddAndEvenPagesHeaderFooter ? numberIn("EvenPages") : undefined;
  const any = odd ?? even;
  // No number in the footers' paragraphs may still be one in a text box there (WPS puts it so):
  // unknown, not missing.
  if (any)
    page.pageNumbers = {
      present: true,
      dashed: isDashed(readableText(any.text)),
      oddEven: setup.oddAndEvenPagesHeaderFooter && even !== undefined,
      ...(odd && ALIGNMENTS[odd.alignment] ? { oddAlignment: ALIGNMENTS[odd.alignment] } : {}),
      ...(even && ALIGNMENTS[even.alignment] ? { evenAlignment: ALIGNMENTS[even.alignment] } : {}),
    };
  return page;
}
