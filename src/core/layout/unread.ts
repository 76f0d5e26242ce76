import type { LayoutSpec } from "../../content/layout";
import type { DocParagraph, PageFormat } from "../document";
import type { Outline } from "../outline";
import type { Property } from "./deviations";
import { unreadProperties } from "./deviations";
import { layoutRoles } from "./roles";

/**
 * What the layout check could not read, so the verdict says "not checked" instead of "meets it".
 */
export interface LayoutUnread {
  /** Paragraphs with a layout role. */
  paragraphs: number;
  /** For each property, how many of those paragraphs gave no value for it. */
  unread: Partial<Record<Property, number>>;
  /** The page setup was not read. */
  page: boolean;
  /**
   * The page setup was, but no page number was found in the footers' text (it may be in a text
   * box).
   */
  pageNumbers: boolean;
}

/**
 * Count, per property, the paragraphs whose value the host did not give; and whether the page was
 * read.
 */
export function layoutUnread(
  spec: LayoutSpec,
  paragraphs: readonly DocParagraph[],
  outline: Outline,
  page?: PageFormat
): LayoutUnread {
  const unread: Partial<Record<Property, number>> = {};
  let counted = 0;
  layoutRoles(paragraphs, outline).forEach((plan, i) => {
    if (!plan) return;
    counted++;
    for (const property of unreadProperties(spec, paragraphs[i]!, plan))
      unread[property] = (unread[property] ?? 0) + 1;
  });
  const pageRead = page !== undefined && page.widthMm !== undefined && page.margins !== undefined;
  return {
    paragraphs: counted,
    unread,
    page: !pageRead,
    pageNumbers: pageRead && page.pageNumbers === undefined,
  };
}
