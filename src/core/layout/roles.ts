import type { LayoutRole } from "../../content/layout";
import type { BlockParagraph, DocParagraph } from "../document";
import type { Outline } from "../outline";
import { bodyLength } from "../outline";

/** A paragraph's part in the layout: its role, and how much of its text carries it. */
export interface RolePlan {
  role: LayoutRole;
  /**
   * Characters from the start that take the role's typeface: a run-in heading's own words up to its
   * first 。; the text after them is body text. The whole paragraph otherwise.
   */
  head: number;
}

/** The layout role of a paragraph being inserted: its heading level, else what it is for. */
export function insertedRole(paragraph: BlockParagraph): LayoutRole {
  if (paragraph.level > 0) return `heading${paragraph.level}` as LayoutRole;
  switch (paragraph.role) {
    case "title":
    case "addressee":
    case "signature":
      return paragraph.role;
    default:
      return "body";
  }
}

const SENTENCE_PUNCTUATION = /[。；，：！？.;,:!?]/;
/** A subtitle or a date under the title has a layout of its own: left alone. */
const SUBTITLE = /^[（(—-]/;

const hasText = (p: DocParagraph | undefined) => p !== undefined && p.text.trim() !== "";

/** A short line with no sentence punctuation: a title's second line. */
function titleLine(p: DocParagraph | undefined): boolean {
  if (!hasText(p)) return false;
  const text = p!.text.trim();
  return text.length <= 30 && !SENTENCE_PUNCTUATION.test(text) && !SUBTITLE.test(text);
}

/** Where a run-in heading's own words end: just after its first 。 when text follows it. */
function headingEnd(text: string): number {
  const stop = text.indexOf("。");
  return stop !== -1 && text.slice(stop + 1).trim() !== "" ? stop + 1 : text.length;
}

/**
 * Each body paragraph's layout role, from the outline the checker builds (so typed numbers and
 * automatic numbering both count); undefined for empty paragraphs, tables, headers, footers and
 * notes.
 */
export function layoutRoles(
  paragraphs: readonly DocParagraph[],
  outline: Outline
): (RolePlan | undefined)[] {
  const end = bodyLength(paragraphs);
  const roles: (RolePlan | undefined)[] = paragraphs.map((p, i) =>
    i < end && !p.inTable && hasText(p) ? { role: "body", head: p.text.length } : undefined
  );
  const set = (i: number | undefined, role: LayoutRole) => {
    const p = i === undefined ? undefined : roles[i];
    if (p) p.role = role;
  };
  for (const h of outline.headings) {
    const p = roles[h.paragraph];
    if (!p) continue;
    p.role = `heading${h.level}` as LayoutRole;
    p.head = headingEnd(paragraphs[h.paragraph]!.text);
  }
  set(outline.addressee, "addressee");
  if (outline.signature !== undefined)
    for (let i = outline.signature; i < end; i++) set(i, "signature");
  // The title, and a short second line of it that has no other part.
  if (outline.title !== undefined) {
    set(outline.title, "title");
    const after = outline.title + 1;
    if (titleLine(paragraphs[after]) && roles[after]?.role === "body") set(after, "title");
  }
  return roles;
}
