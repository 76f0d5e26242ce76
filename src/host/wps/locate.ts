import type { WpsDocument, WpsParagraph, WpsRange } from "./model";
import { findText, MAX_FIND_LENGTH, paragraphText, readable } from "./text";

/** Characters of context before a point that Find looks for to place it. */
const CONTEXT = 20;

/**
 * Ranges inside one paragraph, placed with Find and the text around them, never by adding
 * offsets to positions: WPS's positions count cell marks, field codes and revisions that the
 * text does not show.
 */
export class ParagraphLocator {
  readonly text: string;

  constructor(
    private readonly doc: WpsDocument,
    readonly paragraph: WpsParagraph
  ) {
    this.text = paragraphText(paragraph.Range.Text);
  }

  /** The paragraph without its mark. */
  content(): WpsRange {
    const range = this.paragraph.Range;
    return this.doc.Range(range.Start, Math.max(range.Start, range.End - 1));
  }

  /**
   * text[start, end): the whole content, a point, or the right occurrence found by Find; undefined
   * when it is not there.
   */
  range(start: number, end: number): WpsRange | undefined {
    if (start < 0 || end > this.text.length || start > end) return undefined;
    if (start === 0 && end === this.text.length) return this.content();
    if (start === end) return this.point(start);
    const needle = this.text.slice(start, end);
    const nth = occurrenceIndex(this.text, needle, start);
    if (nth !== undefined && needle.length <= MAX_FIND_LENGTH) {
      const found = this.find(needle, nth);
      if (found) return found;
    }
    // A long or overlapping text: from the point before it to the point after it.
    const from = this.point(start);
    const to = this.point(end);
    return from && to ? this.doc.Range(from.Start, to.End) : undefined;
  }

  /**
   * A collapsed range at an offset: after the text before it (found with Find), or at the
   * paragraph's start.
   */
  point(offset: number): WpsRange | undefined {
    const content = this.content();
    if (offset === 0) return this.doc.Range(content.Start, content.Start);
    const head = this.text.slice(Math.max(0, offset - CONTEXT), offset);
    const nth = occurrenceIndex(this.text, head, offset - head.length);
    const found = nth === undefined ? undefined : this.find(head, nth);
    return found && this.doc.Range(found.End, found.End);
  }

  /**
   * The nth (0-based) non-overlapping match of needle in the paragraph, checked against the text.
   */
  private find(needle: string, nth: number): WpsRange | undefined {
    const content = this.content();
    let from = content.Start;
    for (let i = 0; i <= nth; i++) {
      const range = this.doc.Range(from, content.End);
      if (!range.Find.Execute(findText(needle), true, false, false, false, false, true, 0))
        return undefined;
      if (i === nth) return readable(range.Text) === needle ? range : undefined;
      from = range.End;
    }
    return undefined;
  }
}

/**
 * Which non-overlapping occurrence of needle starts exactly at `at`; undefined when the walk steps
 * over it.
 */
export function occurrenceIndex(text: string, needle: string, at: number): number | undefined {
  let count = 0;
  for (
    let i = text.indexOf(needle);
    i !== -1 && i <= at;
    i = text.indexOf(needle, i + needle.length)
  ) {
    if (i === at) return count;
    count++;
  }
  return undefined;
}

/** Every paragraph of a document in order, walked with Next (Item(i) is slow on long documents). */
export function paragraphsOf(doc: WpsDocument): WpsParagraph[] {
  const list: WpsParagraph[] = [];
  if (doc.Paragraphs.Count === 0) return list;
  for (let p: WpsParagraph | null = doc.Paragraphs.First; p; p = p.Next()) list.push(p);
  return list;
}
