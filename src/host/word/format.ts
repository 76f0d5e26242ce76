import type { LayoutSpec } from "../../content/layout";
import { GB_9704 } from "../../content/layout";
import type { BlockParagraph } from "../../core/document";
import { insertedRole } from "../../core/layout/roles";
import { roleTarget } from "../../core/layout/targets";

/** Built-in style per heading level; styleBuiltIn is the same in every Word language. */
const HEADING_STYLES = ["Normal", "Heading1", "Heading2", "Heading3", "Heading4"] as const;
/** Word's alignment for a layout alignment. */
export const ALIGNMENT = {
  left: "Left",
  center: "Centered",
  right: "Right",
  justify: "Justified",
} as const;

/**
 * Apply a role's format from the layout (GB/T 9704 and the chosen fonts) to a Word paragraph being
 * inserted (queued; no sync).
 */
export function applyFormat(
  target: Word.Paragraph,
  paragraph: BlockParagraph,
  spec: LayoutSpec = GB_9704
): void {
  const format = roleTarget(spec, insertedRole(paragraph));
  target.styleBuiltIn = HEADING_STYLES[paragraph.level] as Word.BuiltInStyleName;
  target.alignment = ALIGNMENT[format.alignment ?? "justify"];
  target.firstLineIndent = (format.indentChars ?? 0) * format.sizePt;
  target.leftIndent = 0;
  target.spaceBefore = 0;
  target.spaceAfter = 0;
  target.font.name = format.eastAsiaFont;
  target.font.size = format.sizePt;
  target.font.bold = format.bold ?? false;
  target.font.italic = false;
  target.font.color = "#000000";
}

/**
 * Heading level of a paragraph read from Word: built-in heading style first, then outline level.
 */
export function levelOf(styleBuiltIn: string, outlineLevel: number | undefined): 0 | 1 | 2 | 3 | 4 {
  const heading = /^Heading([1-9])$/.exec(styleBuiltIn);
  const level = heading
    ? Number(heading[1])
    : outlineLevel !== undefined && outlineLevel >= 1 && outlineLevel <= 9
      ? outlineLevel
      : 0;
  return Math.min(level, 4) as 0 | 1 | 2 | 3 | 4;
}
