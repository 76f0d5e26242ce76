import type { FormulationEntry } from "../../content/phrases/types";
import { commonLength, editDistance } from "./distance";
import type { Deviation } from "./types";

export interface TitleShape {
  entry: FormulationEntry;
  /** The title without its 《》. */
  text: string;
}

/** How many edits a title of this length may show and still be read as that title. */
const allowed = (length: number) => (length <= 8 ? 1 : length <= 14 ? 2 : length <= 20 ? 3 : 4);

/** Whether the longer text is the shorter one with a single run of characters put in. */
function contiguous(shorter: string, longer: string): boolean {
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  return longer.endsWith(shorter.slice(i)) && longer.length - shorter.length + i <= longer.length;
}

/** Whether the two titles differ by one word left out or put in, as a whole: 进一步 missing, 工作 added. */
function oneWordApart(written: string, canonical: string, distance: number): boolean {
  const shorter = written.length < canonical.length ? written : canonical;
  const longer = shorter === written ? canonical : written;
  return longer.length - shorter.length === distance && commonLength(written, canonical) === shorter.length && contiguous(shorter, longer);
}

/** Titles between 《》 that are one of the known documents' titles written a little differently. */
export function compareTitles(paragraph: string, shapes: readonly TitleShape[], known: ReadonlySet<string>): Deviation[] {
  const found: Deviation[] = [];
  for (let open = paragraph.indexOf("《"); open !== -1; open = paragraph.indexOf("《", open + 1)) {
    const close = paragraph.indexOf("》", open);
    if (close === -1) break;
    const written = paragraph.slice(open + 1, close);
    if (written.length < 4 || written.includes("《") || known.has(written)) continue;
    let best: { shape: TitleShape; distance: number; oneWord: boolean } | undefined;
    for (const shape of shapes) {
      if (Math.abs(shape.text.length - written.length) > allowed(shape.text.length)) continue;
      const distance = editDistance(shape.text, written);
      if (distance > allowed(shape.text.length)) continue;
      const word = oneWordApart(written, shape.text, distance);
      // At the same distance, a title with one word left out or put in beats one with words changed.
      if (!best || distance < best.distance || (distance === best.distance && word && !best.oneWord)) best = { shape, distance, oneWord: word };
    }
    if (!best || best.distance === 0) continue;
    const { shape, distance, oneWord } = best;
    found.push({
      start: open + 1,
      end: close,
      fix: shape.text,
      entry: shape.entry,
      kind: "title",
      certain: distance <= 1 || oneWord,
      message: `文件名称应为《${shape.text}》。`,
    });
  }
  return found;
}
