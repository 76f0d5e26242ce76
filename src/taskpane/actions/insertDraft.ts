import type { DraftParagraph } from "../../core/placement";
import { placeBlock } from "../../core/placement";
import type { DocumentHost } from "../../host/DocumentHost";

/** Read where the cursor is, number the draft for that place, and insert it with the renumbering. */
export async function insertDraft(host: DocumentHost, draft: readonly DraftParagraph[]): Promise<number> {
  const snapshot = await host.read();
  const placed = placeBlock(snapshot, draft);
  await host.insertBlock(placed.paragraphs, { at: placed.at, edits: placed.edits });
  return placed.edits.length;
}
