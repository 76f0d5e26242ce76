import type { DocumentTypeDef } from "../../content/types";
import type { Landing } from "../../core/landing";
import { landingOf } from "../../core/landing";
import type { DraftParagraph } from "../../core/placement";
import { placeBlock } from "../../core/placement";
import type { DocSnapshot } from "../../core/document";
import type { DocumentHost } from "../../host/DocumentHost";
import { HostError } from "../../host/DocumentHost";
import { chosenLayout } from "../state/fontFallbacks";

/**
 * Number the draft for where the cursor is in the snapshot just read, and insert it with the
 * renumbering; says how many numbers after it moved on, and where it landed. A cursor in a header,
 * a note, a text box or a comment gets no block: the writer is told where to put it.
 */
export async function insertDraft(
  host: DocumentHost,
  draft: readonly DraftParagraph[],
  snapshot: DocSnapshot,
  type: DocumentTypeDef
): Promise<{ renumbered: number; landing: Landing }> {
  if (snapshot.selection.outsideBody)
    throw new HostError("The cursor is not in the body", "outside");
  const placed = placeBlock(snapshot, draft);
  await host.insertBlock(placed.paragraphs, {
    at: placed.at,
    edits: placed.edits,
    layout: chosenLayout(),
  });
  return { renumbered: placed.edits.length, landing: landingOf(snapshot, placed, type) };
}
