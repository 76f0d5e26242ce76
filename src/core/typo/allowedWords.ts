/** The longest word a user or an organisation may mark as correct. */
export const MAX_ALLOWED_WORD = 20;

/**
 * Whether a typo finding touches a word marked as correct where it stands in its paragraph: a word
 * the user kept (忽略此词) is the finding's own text; an organisation's word (a place, a name) may
 * be longer and hold it, or shorter and lie inside it.
 */
export function touchesAllowedWord(
  text: string,
  start: number,
  end: number,
  words: readonly string[]
): boolean {
  for (const word of words) {
    if (!word) continue;
    // The first occurrence that ends after `start`: it touches the finding if it begins before
    // `end`.
    const at = text.indexOf(word, Math.max(0, start - word.length + 1));
    if (at !== -1 && at < end) return true;
  }
  return false;
}

export type ParsedWords = { ok: true; words: string[] } | { ok: false; error: string };

/**
 * An organisation's allowed words as its shared library file gives them (`allowedWords`): a list of
 * short strings.
 */
export function parseAllowedWords(value: unknown): ParsedWords {
  if (value === undefined) return { ok: true, words: [] };
  if (!Array.isArray(value))
    return { ok: false, error: "allowedWords（允许的词语）应是文字列表。" };
  const words: string[] = [];
  for (const [i, raw] of value.entries()) {
    const word = typeof raw === "string" ? raw.trim() : "";
    if (word === "" || word.length > MAX_ALLOWED_WORD)
      return {
        ok: false,
        error: `允许的词语第 ${i + 1} 条应是 1 至 ${MAX_ALLOWED_WORD} 个字的文字。`,
      };
    if (!words.includes(word)) words.push(word);
  }
  return { ok: true, words };
}
