import type { DocumentTypeDef } from "../content/types";
import { findSections } from "./check/sections";
import type { DocSnapshot } from "./document";
import { parseHeadingNumber } from "./numbering";
import { buildOutline } from "./outline";
import type { PlacedBlock } from "./placement";

/** Where an inserted block went, in the writer's terms. */
export interface Landing {
  /**
   * The first-level heading the block falls under, as written (一、2025年主要工作); none before the
   * first.
   */
  heading?: string;
  /** That heading's section in the document type (main-work, problems, plans), where it is one. */
  sectionId?: string;
  /** The number the block's first heading got: （五）, 三、. */
  number?: string;
}

/**
 * Where a block placed in a document (read before the insert) lands: the section it falls under and
 * its number.
 */
export function landingOf(
  snapshot: DocSnapshot,
  placed: PlacedBlock,
  type: DocumentTypeDef
): Landing {
  const landing: Landing = {};
  const first = placed.paragraphs[0];
  const number = first && parseHeadingNumber(first.text);
  if (number) landing.number = number.prefix;
  // A first-level heading of its own starts a section: it falls under none.
  if (number?.level === 1) return landing;
  const paragraphs = snapshot.paragraphs;
  const outline = buildOutline(paragraphs);
  const under = outline.headings
    .filter((h) => h.level === 1 && h.paragraph <= placed.at.paragraph)
    .pop();
  if (!under) return landing;
  landing.heading = paragraphs[under.paragraph]!.text.trim();
  const section = findSections(type, paragraphs, outline).find(
    (s) => s.paragraph === under.paragraph
  );
  if (section) landing.sectionId = section.id;
  return landing;
}
