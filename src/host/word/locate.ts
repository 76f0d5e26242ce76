import { HostError } from "../DocumentHost";

/** Word refuses search text longer than this, counted after escaping. */
export const MAX_SEARCH_LENGTH = 255;

/** Word's search treats ^ as a special character even without wildcards. */
export function escapeSearchText(text: string): string {
  return text.replace(/\^/g, "^^");
}

/** Whether Word can search for this text as it is. */
export const searchable = (text: string) =>
  text.length > 0 && escapeSearchText(text).length <= MAX_SEARCH_LENGTH;

/**
 * Which non-overlapping occurrence of `needle` starts at `at` (0 for the first), or -1 when none
 * does.
 */
export function occurrenceAt(text: string, needle: string, at: number): number {
  let count = 0;
  for (
    let found = text.indexOf(needle);
    found !== -1 && found <= at;
    found = text.indexOf(needle, found + needle.length)
  ) {
    if (found === at) return count;
    count++;
  }
  return -1;
}

/**
 * A place in a paragraph whose lookup is queued: `range()` after the next sync; undefined when Word
 * did not find it.
 */
export interface QueuedRange {
  range(): Word.Range | undefined;
}

const search = (paragraph: Word.Paragraph, needle: string) =>
  paragraph.search(escapeSearchText(needle), { matchCase: true });

/** The k-th occurrence of a needle, looked up in the next sync. */
function occurrence(paragraph: Word.Paragraph, needle: string, k: number): QueuedRange {
  if (k < 0) return { range: () => undefined };
  if (k === 0) {
    const first = search(paragraph, needle).getFirstOrNullObject();
    // eslint-disable-next-line office-addins/call-sync-before-read -- read only after the caller's sync (QueuedRange)
    return { range: () => (first.isNullObject ? undefined : first) };
  }
  const found = search(paragraph, needle).load("items/text");
  return { range: () => found.items[k] };
}

/** The longest start of `text` that Word can search for. */
function searchableHead(text: string): string {
  let length = Math.min(text.length, MAX_SEARCH_LENGTH);
  while (length > 0 && !searchable(text.slice(0, length))) length--;
  return text.slice(0, length);
}

/**
 * Queue the lookup of text[start, end) in a paragraph whose text reads `text` (a point when empty).
 * Nothing fails in the batch when Word does not find it: the caller syncs, then skips what is
 * undefined. Text too long to search is found by its searchable head and tail.
 */
export function queueRange(
  paragraph: Word.Paragraph,
  text: string,
  start: number,
  end: number
): QueuedRange {
  if (start === 0 && end === text.length && end > 0) {
    const whole = paragraph.getRange("Content");
    return { range: () => whole };
  }
  if (start === end) {
    if (start === 0) {
      const point = paragraph.getRange("Start");
      return { range: () => point };
    }
    const head = text.slice(Math.max(0, start - 20), start);
    const before = occurrence(paragraph, head, occurrenceAt(text, head, start - head.length));
    return { range: () => before.range()?.getRange("End") };
  }
  const needle = text.slice(start, end);
  if (searchable(needle)) return occurrence(paragraph, needle, occurrenceAt(text, needle, start));
  const head = searchableHead(needle);
  const tail = [...searchableHead([...needle].reverse().join(""))].reverse().join("");
  const first = occurrence(paragraph, head, occurrenceAt(text, head, start));
  const last = occurrence(paragraph, tail, occurrenceAt(text, tail, end - tail.length));
  return {
    range: () => {
      const [a, b] = [first.range(), last.range()];
      return a && b ? a.expandTo(b) : undefined;
    },
  };
}

/** The range, or a HostError saying the text is no longer where the last read saw it. */
export function found(queued: QueuedRange): Word.Range {
  const range = queued.range();
  if (!range) throw new HostError("Text not found in the paragraph", "stale");
  return range;
}
