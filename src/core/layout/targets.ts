import type { LayoutAlignment, LayoutRole, LayoutSpec } from "../../content/layout";
import { appliedFont } from "./fonts";
import { linePitchTwips } from "./geometry";

/** What formatting a paragraph of a role gets when the layout is applied. */
export interface RoleTarget {
  eastAsiaFont: string;
  latinFont: string;
  sizePt: number;
  /** Undefined leaves bold as the writer set it (emphasis in body text). */
  bold?: boolean;
  /** Undefined leaves the alignment alone. */
  alignment?: LayoutAlignment;
  /** First-line indent in characters, the left indent then 0; undefined leaves indents alone. */
  indentChars?: number;
  /** Exact line spacing in points; the same pitch as the document grid. */
  lineSpacingPt: number;
}

/**
 * The target of a role: a run-in heading's words take the heading's, the rest of it body text's.
 */
export function roleTarget(spec: LayoutSpec, role: LayoutRole): RoleTarget {
  const layout = spec.roles[role];
  const target: RoleTarget = {
    eastAsiaFont: appliedFont(layout),
    latinFont: spec.latinFont,
    sizePt: layout.sizePt,
    lineSpacingPt: linePitchTwips(spec) / 20,
  };
  if (layout.bold !== undefined) target.bold = layout.bold;
  // Headings are justified like the body: one line, but a long one wraps.
  const alignment = layout.alignment ?? (role.startsWith("heading") ? "justify" : undefined);
  if (alignment) target.alignment = alignment;
  if (layout.indentChars !== undefined) target.indentChars = layout.indentChars;
  return target;
}
