/** Edit distances for comparing a text with a canonical wording. */

/**
 * Marks that carry no wording: quotes, brackets of emphasis and spaces. Inserting them costs
 * nothing.
 */
const IGNORABLE = new Set([..."“”‘’\"'「」 \u3000"]);
/** Marks that separate items: one standing for another costs nothing. */
const SEPARATOR = new Set([..."、，；,;"]);

/**
 * Half-width marks and their full-width forms: which of them is right is the punctuation rule's
 * business.
 */
const WIDTH: Record<string, string> = { "(": "（", ")": "）", ",": "，", ";": "；", ":": "：" };

/**
 * Each character's class for comparison, by code: marks that stand for one another share one. The
 * class of `code` is `code ^ CLASS[code]`: a character that is its own class holds 0, so the table
 * needs no filling at start.
 */
const CLASS = new Uint16Array(0x10000);
const setClass = (c: string, of: number) => (CLASS[c.charCodeAt(0)] = c.charCodeAt(0) ^ of);
for (const c of SEPARATOR) setClass(c, 0x3001);
for (const [half, full] of Object.entries(WIDTH))
  if (!SEPARATOR.has(half)) setClass(half, full.charCodeAt(0));
/** The class of the character at `i`. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code ^ CLASS[code]!;
}
/** Marks that cost nothing to insert, by code. */
const FREE = new Uint8Array(0x10000);
for (const c of IGNORABLE) FREE[c.charCodeAt(0)] = 1;

/** Rows of the distance table, grown as needed and reused: the comparison allocates nothing. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
function rows(length: number): void {
  if (rowA.length >= length) return;
  rowA = new Int32Array(length * 2);
  rowB = new Int32Array(length * 2);
}

/**
 * Levenshtein distance, with quotes and spaces in `text` free and item separators interchangeable.
 */
export function editDistance(pattern: string, text: string): number {
  const m = pattern.length;
  rows(m + 1);
  let previous = rowA;
  let current = rowB;
  for (let i = 0; i <= m; i++) previous[i] = i;
  for (let j = 1; j <= text.length; j++) {
    const code = text.charCodeAt(j - 1);
    const t = code ^ CLASS[code]!;
    const insert = FREE[code] === 1 ? 0 : 1;
    current[0] = previous[0]! + insert;
    for (let i = 1; i <= m; i++) {
      const p = pattern.charCodeAt(i - 1);
      const replace = previous[i - 1]! + ((p ^ CLASS[p]!) === t ? 0 : 1);
      const skip = previous[i]! + insert;
      const drop = current[i - 1]! + 1;
      current[i] = replace < skip ? (replace < drop ? replace : drop) : skip < drop ? skip : drop;
    }
    [previous, current] = [current, previous];
  }
  return previous[m]!;
}

/**
 * The same distance where only a small one matters: cells more than `limit` (plus the free marks)
 * off the diagonal are never filled, and the work stops once every cell of a row exceeds `limit`.
 * Returns `limit + 1` for anything farther.
 */
export function boundedDistance(pattern: string, text: string, limit: number): number {
  const m = pattern.length;
  let free = 0;
  for (let j = 0; j < text.length; j++) free += FREE[text.charCodeAt(j)]!;
  if (m - text.length > limit || text.length - free - m > limit) return limit + 1;
  const band = limit + free;
  const far = limit + 1;
  rows(m + 2);
  let previous = rowA;
  let current = rowB;
  for (let i = 0; i <= m; i++) previous[i] = i <= band ? i : far;
  for (let j = 1; j <= text.length; j++) {
    const code = text.charCodeAt(j - 1);
    const t = code ^ CLASS[code]!;
    const insert = FREE[code] === 1 ? 0 : 1;
    const lo = Math.max(1, j - band);
    const hi = Math.min(m, j + band);
    current[0] = Math.min(far, previous[0]! + insert);
    if (lo > 1) current[lo - 1] = far;
    let best = current[0]!;
    for (let i = lo; i <= hi; i++) {
      const p = pattern.charCodeAt(i - 1);
      const replace = previous[i - 1]! + ((p ^ CLASS[p]!) === t ? 0 : 1);
      const skip = previous[i]! + insert;
      const drop = current[i - 1]! + 1;
      const v = replace < skip ? (replace < drop ? replace : drop) : skip < drop ? skip : drop;
      current[i] = v > far ? far : v;
      if (v < best) best = v;
    }
    if (hi < m) current[hi + 1] = far;
    for (let i = hi + 2; i <= m && current[i] !== far; i++) current[i] = far;
    if (best > limit) return far;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[m]!, far);
}

/** Counts per character class, left at zero between calls. */
const counts = new Int32Array(0x10000);

/**
 * How many characters of `pattern` text[from, to) holds, each counted as often as both have it.
 * Any written form within d edits of the pattern inside that stretch holds at least
 * pattern.length - d of them: a cheap bound that rules out most places before an alignment.
 */
export function sharedCharacters(pattern: string, text: string, from: number, to: number): number {
  for (let i = 0; i < pattern.length; i++) counts[classAt(pattern, i)]!++;
  let shared = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const c = code ^ CLASS[code]!;
    if (counts[c]! > 0) {
      counts[c]!--;
      shared++;
    }
  }
  for (let i = 0; i < pattern.length; i++) counts[classAt(pattern, i)] = 0;
  return shared;
}

/** Characters two strings share in order (longest common subsequence). */
export function commonLength(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** Whether a differs from b only by quotes, spaces and interchangeable separators. */
export function sameWording(a: string, b: string): boolean {
  return a === b || editDistance(a, b) === 0;
}
