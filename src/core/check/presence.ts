import type { DocParagraph } from "../document";
import { textAfterNumber } from "../numbering";
import type { Outline } from "../outline";

/** Latin letters, half-width marks and ×; digits and spaces are everywhere in reports and left out. */
const LATIN = /[!-/:-~\u00d7]/g;
/**
 * The rarer full-width characters: blanks (ｘ Ｘ ＊ 某 〔) and the paired marks other than quotes;
 * and what can disguise a blank: marks that show nothing (direction, zero-width) and the Cyrillic
 * and Greek letters that look like X.
 */
export const WIDE =
  /[ｘＸ＊某〔（）《》【】‘’\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeffХхΧχ]/;
/** WIDE as a table of character codes: a regular expression of scattered characters reads each one slowly. */
export const WIDE_CODES = new Uint8Array(0x10000);
for (const c of "ｘＸ＊某〔（）《》【】‘’\u00ad\u061c\ufeffХхΧχ") WIDE_CODES[c.charCodeAt(0)] = 1;
for (const [from, to] of [
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
])
  WIDE_CODES.fill(1, from!, to! + 1);

function hasWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (WIDE_CODES[text.charCodeAt(i)] === 1) return true;
  return false;
}
/** Quotes that simply alternate “…” “…”, as in nearly every paragraph that has any. */
const QUOTES_ALTERNATE = /^[^“”]*(?:“[^“”]*”[^“”]*)*$/;
/**
 * What most paragraphs are, read in one pass from where Latin is looked for: no Latin character,
 * and quotes that simply alternate. Only a paragraph that fails is looked at for each separately.
 * (A class of contiguous Latin ranges costs little inside this pass; scattered Chinese characters would not.)
 */
const PLAIN = /[^“”!-/:-~\u00d7]*(?:“[^“”!-/:-~\u00d7]*”[^“”!-/:-~\u00d7]*)*$/y;

/**
 * Which paragraphs hold the rarer characters that blanks, website residue and punctuation
 * mistakes are made of, and which have quotes out of order, found in two passes shared by those
 * rules: most Chinese paragraphs hold none, and the rules look no further at them. Latin and
 * Chinese characters are looked for in separate passes, because a regular expression searching
 * for both runs several times slower.
 */
export interface Presence {
  /** Where each paragraph's own text starts: after its heading number, if it has one. */
  textStart: Int32Array;
  /** A Latin letter, half-width mark or ×, outside the heading number (a marker before the number counts). */
  latin: Uint8Array;
  /** One of ｘ Ｘ ＊ 某 〔 （ ） 《 》 【 】 ‘ ’, an invisible mark or a letter that looks like X, anywhere. */
  wide: Uint8Array;
  /** Quotes that do not simply alternate “…” “…”: an unmatched one, or one inside another. */
  unevenQuotes: Uint8Array;
}

export function findPresence(paragraphs: readonly DocParagraph[], outline: Outline): Presence {
  const textStart = new Int32Array(paragraphs.length);
  /** Where to look for Latin characters: from 0 when something stands before the number. */
  const latinFrom = new Int32Array(paragraphs.length);
  for (const { paragraph, number } of outline.headings) {
    if (!number) continue;
    textStart[paragraph] = textAfterNumber(number);
    if (number.start === 0) latinFrom[paragraph] = textAfterNumber(number);
  }
  const latin = new Uint8Array(paragraphs.length);
  const wide = new Uint8Array(paragraphs.length);
  const unevenQuotes = new Uint8Array(paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) {
    const { text } = paragraphs[i]!;
    if (hasWide(text)) wide[i] = 1;
    PLAIN.lastIndex = latinFrom[i]!;
    if (PLAIN.test(text)) continue;
    LATIN.lastIndex = latinFrom[i]!;
    if (LATIN.test(text)) latin[i] = 1;
    if (!QUOTES_ALTERNATE.test(text)) unevenQuotes[i] = 1;
  }
  return { textStart, latin, wide, unevenQuotes };
}
