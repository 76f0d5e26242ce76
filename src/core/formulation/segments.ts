import type { Span } from "./types";

/** What separates the items of a list in running text. */
const ITEM_SEPARATOR = /[、，；,;：:]/g;
/** Words that join the last items of a list. */
const JOIN = /以及|和|与|及/g;
const JOINING = /[和与及]/;

/** Marks around an item that are not part of it, by code. */
const AROUND = new Uint8Array(0x10000);
// The white space of \s, then quotes and brackets.
const WHITE = "\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff";
for (const c of `${WHITE}“”‘’"'「」（）()【】`) AROUND[c.charCodeAt(0)] = 1;
for (let code = 0x2000; code <= 0x200a; code++) AROUND[code] = 1;

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  while (s < end && AROUND[text.charCodeAt(s)] === 1) s++;
  let e = end;
  while (e > s && AROUND[text.charCodeAt(e - 1)] === 1) e--;
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
    if (!JOINING.test(piece)) {
      push(start, end);
      return;
    }
    for (const m of piece.matchAll(JOIN)) {
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
