import type { MarkPlace } from "../docx/places";
import { writeAtPlaces } from "../docx/xmlEdits";

/** A comment's two marks: where its range starts, and where it ends with the reference to it. */
interface Mark {
  id: number;
  kind: "start" | "end";
  /** A comment whose range is a point: its end comes after its start at the same place. */
  point: boolean;
}

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
