import type { LayoutAlignment, LayoutSpec } from "../../content/layout";
import { GB_9704 } from "../../content/layout";
import type { BlockParagraph } from "../../core/document";
import type { RoleTarget } from "../../core/layout/targets";
import { insertedRole } from "../../core/layout/roles";
import { roleTarget } from "../../core/layout/targets";
import type { WpsFont, WpsParagraphFormat, WpsRange } from "./model";
import { WPS } from "./model";

export const ALIGNMENT: Record<LayoutAlignment, number> = {
  left: WPS.wdAlignParagraphLeft,
  center: WPS.wdAlignParagraphCenter,
  right: WPS.wdAlignParagraphRight,
  justify: WPS.wdAlignParagraphJustify,
};

/**
 * Heading level of a paragraph read from WPS: its outline level (标题 1–4 carry 1–4), body text 0.
 */
export function levelOf(outlineLevel: number): 0 | 1 | 2 | 3 | 4 {
  return outlineLevel >= 1 && outlineLevel <= 9 ? (Math.min(outlineLevel, 4) as 1 | 2 | 3 | 4) : 0;
}

/** The typefaces apart (东亚 and 西文), the size and, where the role says, bold. */
export function setFont(font: WpsFont, target: RoleTarget): void {
  font.NameFarEast = target.eastAsiaFont;
  font.NameAscii = target.latinFont;
  font.NameOther = target.latinFont;
  font.Size = target.sizePt;
  if (target.bold !== undefined) font.Bold = target.bold ? -1 : 0;
}

/** Alignment, the first-line indent in characters, no space around, and 固定值 line spacing. */
export function setParagraph(format: WpsParagraphFormat, target: RoleTarget): void {
  if (target.alignment) format.Alignment = ALIGNMENT[target.alignment];
  if (target.indentChars !== undefined) {
    format.CharacterUnitLeftIndent = 0;
    format.LeftIndent = 0;
    format.CharacterUnitFirstLineIndent = target.indentChars;
  }
  format.SpaceBefore = 0;
  format.SpaceAfter = 0;
  format.LineSpacingRule = WPS.wdLineSpaceExactly;
  format.LineSpacing = target.lineSpacingPt;
}

/**
 * A paragraph being inserted: its built-in style (标题 n or 正文), then the role's look from the
 * layout (GB/T 9704 and the chosen fonts).
 */
export function applyFormat(
  range: WpsRange,
  paragraph: BlockParagraph,
  spec: LayoutSpec = GB_9704
): void {
  range.Style =
    paragraph.level > 0 ? WPS.wdStyleHeading1 - (paragraph.level - 1) : WPS.wdStyleNormal;
  // A new paragraph takes its neighbour's list, and a heading style may carry one: the block's
  // numbers are in its text.
  range.ListFormat.RemoveNumbers();
  const target = roleTarget(spec, insertedRole(paragraph));
  setFont(range.Font, { ...target, bold: target.bold ?? false });
  setParagraph(range.ParagraphFormat, {
    ...target,
    alignment: target.alignment ?? "justify",
    indentChars: target.indentChars ?? 0,
  });
}
