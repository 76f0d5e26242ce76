import type { BlockParagraph, DocParagraph, DocSnapshot, TextEdit } from "./document";
import { insertionPoint } from "./insertion";
import type { HeadingNumber, NumberLevel } from "./numbering";
import { formatHeadingNumber, formatLike, parseHeadingNumber } from "./numbering";

/** A paragraph to insert before numbering: headings get their number from where they land. */
export interface DraftParagraph extends BlockParagraph {
  /** A heading whose number prefix is decided on placement. */
  numbered?: boolean;
}

export interface PlacedBlock {
  paragraphs: BlockParagraph[];
  /** Renumbering of the headings after the insertion point. */
  edits: TextEdit[];
  at: { paragraph: number; fill: boolean };
}

/** The heading number a document paragraph carries, if it counts in the outline. */
export function numberOf(paragraph: DocParagraph): HeadingNumber | undefined {
  return paragraph.inTable ? undefined : parseHeadingNumber(paragraph.text);
}

class Counters {
  private readonly values = [0, 0, 0, 0, 0];

  /** Note a heading at a level: deeper sequences restart under it. */
  set(level: NumberLevel, value: number): void {
    this.values[level] = value;
    for (let deeper = level + 1; deeper <= 4; deeper++) this.values[deeper] = 0;
  }

  next(level: NumberLevel): number {
    this.set(level, this.values[level]! + 1);
    return this.values[level]!;
  }
}

/**
 * Number a block for the place the cursor is: its headings continue the numbering they land in
 * (after （三） comes （四）), and the numbered headings after it are renumbered so every sequence
 * stays unbroken.
 */
export function placeBlock(snapshot: DocSnapshot, draft: readonly DraftParagraph[]): PlacedBlock {
  const at = insertionPoint(snapshot);
  const counters = new Counters();
  const firstAfter = at.paragraph + 1;
  const beforeEnd = at.fill ? at.paragraph : firstAfter;
  snapshot.paragraphs.slice(0, beforeEnd).forEach((p) => {
    const n = numberOf(p);
    if (n) counters.set(n.level, n.value);
  });

  const paragraphs = draft.map(({ numbered, ...p }) => {
    if (!numbered || p.level === 0) return p;
    const level = p.level as NumberLevel;
    return { ...p, text: formatHeadingNumber(level, counters.next(level)) + p.text };
  });

  const edits: TextEdit[] = [];
  snapshot.paragraphs.slice(firstAfter).forEach((p, i) => {
    const n = numberOf(p);
    if (!n) return;
    const expected = counters.next(n.level);
    if (expected === n.value) return;
    const text = formatLike(n, expected);
    // Word edits replace the first occurrence of the old prefix; skip the rare paragraph where that
    // is elsewhere.
    if (p.text.indexOf(n.prefix) !== n.start) return;
    edits.push({
      paragraph: firstAfter + i,
      start: n.start,
      end: n.start + n.prefix.length,
      expected: n.prefix,
      text,
    });
  });
  return { paragraphs, edits, at };
}
