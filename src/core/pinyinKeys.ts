/**
 * Pinyin search keys of a name: full syllables run together, and their initials (四个意识 →
 * sigeyishi, sgys).
 */
export interface PinyinKeys {
  full: string;
  initials: string;
  /**
   * The same keys of an entry's text, where it has them (one's own phrases): found by pinyin
   * further in.
   */
  text?: { full: string; initials: string };
}

/** Turns Chinese text into toneless syllables, one per character (pinyin-pro in practice). */
export type ToSyllables = (text: string) => string[];

export function pinyinKeys(name: string, toSyllables: ToSyllables): PinyinKeys {
  const han = name.replace(/[^\u4e00-\u9fff]/g, "");
  const syllables = han
    ? toSyllables(han).map((s) =>
        s
          .toLowerCase()
          .replace(/[^a-zü]/g, "")
          .replace(/ü/g, "v")
      )
    : [];
  return { full: syllables.join(""), initials: syllables.map((s) => s[0] ?? "").join("") };
}

/** How much of an entry's text gets pinyin keys: a phrase's words, not a pasted chapter's. */
const TEXT_KEYS = 300;

/** Keys of a name and of the text under it, for the entries the writer made. */
export function pinyinKeysWithText(
  name: string,
  text: string,
  toSyllables: ToSyllables
): PinyinKeys {
  const { full, initials } = pinyinKeys(text.slice(0, TEXT_KEYS), toSyllables);
  return { ...pinyinKeys(name, toSyllables), text: { full, initials } };
}

/**
 * pinyin-pro, loaded only when needed (the user's own entries): it is not in the initial bundle.
 */
export async function loadToSyllables(): Promise<ToSyllables> {
  const { pinyin } = await import(/* webpackChunkName: "pinyin" */ "pinyin-pro");
  return (text) => pinyin(text, { toneType: "none", type: "array" });
}
