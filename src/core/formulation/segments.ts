import type { Span } from "./types";

/** Sentence ends: a list never runs across them. */
const SENTENCE_END = /[。！？!?]/g;
/** What separates the items of a list in running text. */
const ITEM_SEPARATOR = /[、，；,;：:]/g;
/** Marks around an item that are not part of it. */
const LEAD = /^[\s\u3000“”‘’"'「」（）()【】]+/;
const TAIL = /[\s\u3000“”‘’"'「」（）()【】]+$/;

/** The sentences of a paragraph. */
export function sentences(text: string): Span[] {
  const found: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    found.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + 1;
  }
  if (start < text.length) found.push({ start, end: text.length, text: text.slice(start) });
  return found;
}

function trimmed(text: string, start: number, end: number): Span {
  const raw = text.slice(start, end);
  const lead = LEAD.exec(raw)?.[0].length ?? 0;
  const tail = lead === raw.length ? 0 : (TAIL.exec(raw)?.[0].length ?? 0);
  const s = start + lead;
  const e = Math.max(s, end - tail);
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * A sentence cut at its item separators, each piece without quotes and brackets at its ends.
 * A piece joined by 和/与/及 is cut there too when the words on one side are one of `known`
 * (政治意识、大局意识、核心意识和看齐意识).
 */
export function listSegments(
  paragraph: string,
  sentence: Span,
  known: (text: string) => boolean
): Span[] {
  const found: Span[] = [];
  const push = (start: number, end: number) => {
    const span = trimmed(paragraph, start, end);
    if (span.end > span.start) found.push(span);
  };
  let start = sentence.start;
  const cut = (end: number) => {
    const piece = paragraph.slice(start, end);
    const join = /以及|和|与|及/g;
    for (const m of piece.matchAll(join)) {
      const before = trimmed(paragraph, start, start + m.index).text;
      const after = trimmed(paragraph, start + m.index + m[0].length, end).text;
      if (known(after) || known(before)) {
        push(start, start + m.index);
        push(start + m.index + m[0].length, end);
        return;
      }
    }
    push(start, end);
  };
  for (const m of sentence.text.matchAll(ITEM_SEPARATOR)) {
    cut(sentence.start + m.index);
    start = sentence.start + m.index + 1;
  }
  cut(sentence.end);
  return found;
}
