/** Marks that show nothing: soft hyphen, direction marks and embeddings, zero-width characters. */
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** Cyrillic and Greek letters drawn like X and x. */
const LOOKALIKE: Readonly<Record<string, string>> = { Х: "X", х: "x", Χ: "X", χ: "x" };
const DISGUISE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeffХхΧχ]/;

/** Text as it reads on the page, and where each of its characters stands in the text as written. */
export interface Unmasked {
  text: string;
  /** at[i]: the written offset of character i; at[text.length] is the written length. */
  at: number[];
}

/**
 * A paragraph's text with the marks that show nothing taken out and look-alike letters read as the
 * Latin ones they show, so that 某‏某 and ХХ read as the blanks they look like; undefined when it
 * has none.
 */
export function unmask(written: string): Unmasked | undefined {
  if (!DISGUISE.test(written)) return undefined;
  let text = "";
  const at: number[] = [];
  for (let i = 0; i < written.length; i++) {
    const c = written[i]!;
    if (INVISIBLE.test(c)) continue;
    text += LOOKALIKE[c] ?? c;
    at.push(i);
  }
  at.push(written.length);
  return { text, at };
}
