import type { FormulationEntry } from "../../content/phrases/types";
import { commonLength, editDistance } from "./distance";
import type { Deviation } from "./types";

export interface TitleShape {
  entry: FormulationEntry;
  /** The title without its 《》. */
  text: string;
}

/** How many edits a title of this length may show and still be read as that title. */
const allowed = (length: number) => Math.min(4, Math.max(1, Math.floor(length / 6)));

/** Titles between 《》 that are one of the known documents' titles written a little differently. */
export function compareTitles(paragraph: string, shapes: readonly TitleShape[], known: ReadonlySet<string>): Deviation[] {
  const found: Deviation[] = [];
  for (let open = paragraph.indexOf("《"); open !== -1; open = paragraph.indexOf("《", open + 1)) {
    const close = paragraph.indexOf("》", open);
    if (close === -1) break;
    const written = paragraph.slice(open + 1, close);
    if (written.length < 4 || written.includes("《") || known.has(written)) continue;
    let best: { shape: TitleShape; distance: number } | undefined;
    for (const shape of shapes) {
      if (Math.abs(shape.text.length - written.length) > allowed(shape.text.length)) continue;
      const distance = editDistance(shape.text, written);
      if (distance <= allowed(shape.text.length) && (!best || distance < best.distance)) best = { shape, distance };
    }
    if (!best || best.distance === 0) continue;
    const { shape, distance } = best;
    const droppedWord = written.length + distance === shape.text.length && commonLength(written, shape.text) === written.length && distance <= 3;
    found.push({
      start: open + 1,
      end: close,
      fix: shape.text,
      entry: shape.entry,
      kind: "title",
      certain: distance <= 1 || droppedWord,
      message: `文件名称应为《${shape.text}》。`,
    });
  }
  return found;
}
