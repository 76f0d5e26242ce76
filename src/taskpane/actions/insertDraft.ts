import type { DraftParagraph } from "../../core/placement";
import { placeBlock } from "../../core/placement";
import type { DocSnapshot } from "../../core/document";
import type { DocumentHost } from "../../host/DocumentHost";

/** Number the draft for where the cursor is in the snapshot just read, and insert it with the renumbering. */
export async function insertDraft(host: DocumentHost, draft: readonly DraftParagraph[], snapshot: DocSnapshot): Promise<number> {
  const placed = placeBlock(snapshot, draft);
  await host.insertBlock(placed.paragraphs, { at: placed.at, edits: placed.edits });
  return placed.edits.length;
}
