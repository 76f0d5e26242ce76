/** Edit distances for comparing a text with a canonical wording. */

/** Marks that carry no wording: quotes, brackets of emphasis and spaces. Inserting them costs nothing. */
const IGNORABLE = new Set([..."“”‘’\"'「」 \u3000"]);
/** Marks that separate items: one standing for another costs nothing. */
const SEPARATOR = new Set([..."、，；,;"]);

/** Half-width marks and their full-width forms: which of them is right is the punctuation rule's business. */
const WIDTH: Record<string, string> = { "(": "（", ")": "）", ",": "，", ";": "；", ":": "：" };

function substitution(a: string, b: string): number {
  if (a === b || WIDTH[b] === a || WIDTH[a] === b) return 0;
  return SEPARATOR.has(a) && SEPARATOR.has(b) ? 0 : 1;
}

/** Levenshtein distance, with quotes and spaces in `text` free and item separators interchangeable. */
export function editDistance(pattern: string, text: string): number {
  const m = pattern.length;
  let previous = new Array<number>(m + 1);
  let current = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) previous[i] = i;
  for (let j = 1; j <= text.length; j++) {
    const t = text[j - 1]!;
    const insert = IGNORABLE.has(t) ? 0 : 1;
    current[0] = previous[0]! + insert;
    for (let i = 1; i <= m; i++) {
      current[i] = Math.min(previous[i]! + insert, current[i - 1]! + 1, previous[i - 1]! + substitution(pattern[i - 1]!, t));
    }
    [previous, current] = [current, previous];
  }
  return previous[m]!;
}

/** Characters two strings share in order (longest common subsequence). */
export function commonLength(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** Whether a differs from b only by quotes, spaces and interchangeable separators. */
export function sameWording(a: string, b: string): boolean {
  return a === b || editDistance(a, b) === 0;
}
