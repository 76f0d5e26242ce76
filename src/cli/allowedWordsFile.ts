import { parseAllowedWords } from "../core/typo/allowedWords";
import { parseLibrary } from "../core/userLibrary";

/**
 * Words an organisation marks as correct for the 错别字 check (--words): its shared library file
 * (.json, its allowedWords), or a text file with one word a line (# begins a comment).
 */
export function allowedWordsOf(
  path: string,
  bytes: Uint8Array
): { ok: true; words: string[] } | { ok: false; error: string } {
  const text = new TextDecoder().decode(bytes);
  if (/\.json$/i.test(path)) {
    const parsed = parseLibrary(text);
    return parsed.ok ? { ok: true, words: parsed.allowedWords ?? [] } : parsed;
  }
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);
  return parseAllowedWords(lines);
}
