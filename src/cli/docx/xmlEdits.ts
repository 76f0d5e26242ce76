import type { MarkPlace } from "./places";

const START_TEXT = '<w:t xml:space="preserve">';

/**
 * A part's XML with text written at places: where a place splits a run (or its w:t), the run is
 * closed before the text and opened again after it with the same properties. Empty text just
 * splits.
 */
export function writeAtPlaces(
  xml: string,
  writes: ReadonlyArray<{ place: MarkPlace; text: string }>
): string {
  const edits: Array<{ from: number; to: number; text: string }> = [];
  const retagged = new Set<number>();
  for (const { place, text: body } of writes) {
    const split = place.split;
    let text = body;
    if (split?.text) {
      text = `</w:t></w:r>${body}<w:r>${split.run.rPr}${START_TEXT}`;
      // The first half keeps its spaces too: its opening tag says so.
      const piece = split.text;
      if (!retagged.has(piece.elementStart)) {
        retagged.add(piece.elementStart);
        edits.push({ from: piece.elementStart, to: piece.content!.start, text: START_TEXT });
      }
    } else if (split) text = `</w:r>${body}<w:r>${split.run.rPr}`;
    edits.push({ from: place.offset, to: place.offset, text });
  }
  return applyEdits(xml, edits);
}

/**
 * Replacements at offsets of a string, none overlapping; insertions before a replacement that
 * starts at the same place.
 */
export function applyEdits(
  xml: string,
  edits: Array<{ from: number; to: number; text: string }>
): string {
  edits.sort((a, b) => a.from - b.from || a.to - b.to);
  const out: string[] = [];
  let at = 0;
  for (const edit of edits) {
    out.push(xml.slice(at, edit.from), edit.text);
    at = edit.to;
  }
  out.push(xml.slice(at));
  return out.join("");
}
