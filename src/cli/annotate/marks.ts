import type { MarkPlace } from "./anchors";

/** A comment's two marks: where its range starts, and where it ends with the reference to it. */
interface Mark {
  id: number;
  kind: "start" | "end";
  /** A comment whose range is a point: its end comes after its start at the same place. */
  point: boolean;
}

const START_TEXT = '<w:t xml:space="preserve">';

function markXml(mark: Mark): string {
  return mark.kind === "start"
    ? `<w:commentRangeStart w:id="${mark.id}"/>`
    : `<w:commentRangeEnd w:id="${mark.id}"/><w:r><w:commentReference w:id="${mark.id}"/></w:r>`;
}

/** Ends of earlier comments first, then starts, then the ends of comments that are points. */
const order = (m: Mark) => (m.kind === "end" ? (m.point ? 2 : 0) : 1);

/** Comment marks gathered for one part, written into its XML in one pass. */
export class PartMarks {
  private places = new Map<string, { place: MarkPlace; marks: Mark[] }>();

  add(id: number, from: MarkPlace, to: MarkPlace): void {
    const point = from.offset === to.offset && from.split?.text === to.split?.text;
    this.at(from).push({ id, kind: "start", point });
    this.at(to).push({ id, kind: "end", point });
  }

  private at(place: MarkPlace): Mark[] {
    const key = `${place.offset}:${place.split ? (place.split.text ? "t" : "r") : "-"}`;
    let entry = this.places.get(key);
    if (!entry) this.places.set(key, (entry = { place, marks: [] }));
    return entry.marks;
  }

  /** The part's XML with every mark in place; a split w:t is opened again with its spaces kept. */
  apply(xml: string): string {
    return writeAtPlaces(
      xml,
      [...this.places.values()].map(({ place, marks }) => ({
        place,
        text: marks
          .sort((a, b) => order(a) - order(b) || a.id - b.id)
          .map(markXml)
          .join(""),
      }))
    );
  }
}

/**
 * A part's XML with text written at places: where a place splits a run (or its w:t), the run is
 * closed before the text and opened again after it with the same properties. Empty text just splits.
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

/** Replacements at offsets of a string, none overlapping; insertions before a replacement that starts at the same place. */
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
