import type { DocParagraph } from "../document";
import type { Outline } from "../outline";

/** Latin letters, half-width marks and ×; digits and spaces are everywhere in reports and left out. */
const LATIN = /[!-/:-~\u00d7]/g;
/** The rarer full-width characters: blanks (ｘ Ｘ ＊ 某 〔) and the paired marks other than quotes. */
const WIDE = /[ｘＸ＊某〔（）《》【】‘’]/;

/**
 * Which paragraphs hold the rarer characters that blanks, website residue and punctuation
 * mistakes are made of, found in two passes shared by those rules: most Chinese paragraphs
 * hold none, and the rules look no further at them. One pass per kind of character, because
 * a regular expression mixing Latin and Chinese characters runs several times slower.
 */
export interface Presence {
  /** Where each paragraph's own text starts: after its heading number, if it has one. */
  textStart: Int32Array;
  /** A Latin letter, half-width mark or ×, outside the heading number (a marker before the number counts). */
  latin: Uint8Array;
  /** One of ｘ Ｘ ＊ 某 〔 （ ） 《 》 【 】 ‘ ’ anywhere. */
  wide: Uint8Array;
}

export function findPresence(paragraphs: readonly DocParagraph[], outline: Outline): Presence {
  const textStart = new Int32Array(paragraphs.length);
  /** Where to look for Latin characters: from 0 when something stands before the number. */
  const latinFrom = new Int32Array(paragraphs.length);
  for (const { paragraph, number } of outline.headings) {
    if (!number) continue;
    textStart[paragraph] = number.start + number.prefix.length;
    if (number.start === 0) latinFrom[paragraph] = number.prefix.length;
  }
  const latin = new Uint8Array(paragraphs.length);
  const wide = new Uint8Array(paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) {
    const { text } = paragraphs[i]!;
    LATIN.lastIndex = latinFrom[i]!;
    if (LATIN.test(text)) latin[i] = 1;
    if (WIDE.test(text)) wide[i] = 1;
  }
  return { textStart, latin, wide };
}
