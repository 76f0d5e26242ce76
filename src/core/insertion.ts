import type { DocSnapshot } from "./document";
import { isCollapsed } from "./document";

/**
 * Where a block inserted now would go: after the cursor's paragraph, or into it when it is empty.
 */
export function insertionPoint(snapshot: DocSnapshot): { paragraph: number; fill: boolean } {
  const paragraph = snapshot.selection.end.paragraph;
  const fill = isCollapsed(snapshot.selection) && snapshot.paragraphs[paragraph]?.text === "";
  return { paragraph, fill };
}
