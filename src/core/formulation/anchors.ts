/** Where any of many short strings starts in a text, overlapping occurrences included. */
export interface Anchor {
  start: number;
  /** Index of the string in the list given to the search. */
  index: number;
}

const MASK = (1 << 14) - 1;
const bigram = (a: number, b: number) => ((a * 31) ^ b) & MASK;
/** Two characters as one small integer, a fast key. */
const pairKey = (a: number, b: number) => (a << 16) | b;

/**
 * Finds every occurrence of every string (two characters or more) in one pass: a table of the
 * strings' first two characters says at which positions a string may start, and only there are
 * the strings compared. Unlike MultiSearch it keeps overlapping and nested occurrences, which the
 * canonical comparison needs (a list item inside another entry's phrase).
 */
export class AnchorSearch {
  private readonly possible = new Uint8Array(MASK + 1);
  private readonly byKey = new Map<number, number[]>();
  /** Each string's third character, -1 for two: most strings sharing the first two differ there. */
  private readonly thirds: Int32Array;

  constructor(private readonly strings: readonly string[]) {
    this.thirds = Int32Array.from(strings, (s) => (s.length > 2 ? s.charCodeAt(2) : -1));
    strings.forEach((s, index) => {
      if (s.length < 2)
        throw new Error(`AnchorSearch needs strings of two characters or more: ${s}`);
      const h = bigram(s.charCodeAt(0), s.charCodeAt(1));
      this.possible[h] = 1;
      const key = pairKey(s.charCodeAt(0), s.charCodeAt(1));
      const list = this.byKey.get(key);
      if (list) list.push(index);
      else this.byKey.set(key, [index]);
    });
  }

  find(text: string, from = 0, to = text.length): Anchor[] {
    const found: Anchor[] = [];
    const { possible, byKey, strings, thirds } = this;
    let a = text.charCodeAt(from);
    for (let i = from; i < to - 1; i++) {
      const b = text.charCodeAt(i + 1);
      if (possible[bigram(a, b)] === 1) {
        const candidates = byKey.get(pairKey(a, b));
        if (candidates) {
          const c = i + 2 < to ? text.charCodeAt(i + 2) : -2;
          for (let k = 0; k < candidates.length; k++) {
            const index = candidates[k]!;
            const third = thirds[index]!;
            if (third !== -1 && third !== c) continue;
            const s = strings[index]!;
            if (i + s.length <= to && text.startsWith(s, i)) found.push({ start: i, index });
          }
        }
      }
      a = b;
    }
    return found;
  }
}
