import { escapeRegex } from "./regexSource";

/** Where one of several strings occurs in a text. */
export interface Occurrence {
  start: number;
  /** Index of the string in the list given to the searcher. */
  index: number;
}

const HASH_MASK = (1 << 12) - 1;
const hash = (a: number, b: number) => ((a << 5) ^ b) & HASH_MASK;
/**
 * Strings at least this long go to the skipping search; a regular expression handles the few
 * shorter ones best.
 */
const LONG = 8;

/** What nearly every text holds: nothing, shared rather than allocated each time. */
const NONE: readonly Occurrence[] = Object.freeze([]);

/**
 * Every occurrence of any of a set of strings, found in one pass that skips ahead (Wu–Manber):
 * the last two characters of a window as long as the shortest string say how far the window can
 * move without passing an occurrence, so most of the text is never looked at.
 */
export class SkippingSearch {
  private readonly window: number;
  private readonly shift: Uint8Array;
  /** For a hash at the end of a window, the strings whose first `window` characters end with it. */
  private readonly candidates = new Map<number, number[]>();

  constructor(private readonly strings: ReadonlyArray<{ text: string; index: number }>) {
    this.window = Math.min(200, ...strings.map((s) => s.text.length));
    this.shift = new Uint8Array(HASH_MASK + 1).fill(this.window - 1);
    strings.forEach(({ text }, i) => {
      for (let end = 2; end <= this.window; end++) {
        const h = hash(text.charCodeAt(end - 2), text.charCodeAt(end - 1));
        this.shift[h] = Math.min(this.shift[h]!, this.window - end);
      }
      const h = hash(text.charCodeAt(this.window - 2), text.charCodeAt(this.window - 1));
      this.candidates.set(h, [...(this.candidates.get(h) ?? []), i]);
    });
  }

  /** Every occurrence, overlapping ones included, added to `found` (created at the first one). */
  findAll(text: string, found?: Occurrence[]): Occurrence[] | undefined {
    const { shift, strings, window } = this;
    const length = text.length;
    let end = window - 1;
    while (end < length) {
      const h = ((text.charCodeAt(end - 1) << 5) ^ text.charCodeAt(end)) & HASH_MASK;
      const skip = shift[h]!;
      if (skip !== 0) {
        end += skip;
        continue;
      }
      const start = end - window + 1;
      for (const i of this.candidates.get(h)!)
        if (text.startsWith(strings[i]!.text, start))
          (found ??= []).push({ start, index: strings[i]!.index });
      end++;
    }
    return found;
  }
}

/**
 * Occurrences of a set of strings, as a regular expression alternating them longest first would
 * find them (leftmost, longest, not overlapping), but much faster when there are dozens of strings
 * made of common characters: long strings are looked for by a search that skips ahead, the few
 * short ones by a regular expression, whose own skipping works well for a handful of strings.
 */
export class MultiSearch {
  private readonly long?: SkippingSearch;
  private readonly short?: RegExp;
  private readonly shortIndex = new Map<string, number>();

  constructor(private readonly strings: readonly string[]) {
    if (strings.some((s) => s.length < 2))
      throw new Error("MultiSearch needs strings of two characters or more");
    const indexed = strings.map((text, index) => ({ text, index }));
    const long = indexed.filter((s) => s.text.length >= LONG);
    const short = indexed
      .filter((s) => s.text.length < LONG)
      .sort((a, b) => b.text.length - a.text.length);
    if (long.length > 0) this.long = new SkippingSearch(long);
    if (short.length > 0)
      this.short = new RegExp(short.map((s) => escapeRegex(s.text)).join("|"), "g");
    for (const s of short) if (!this.shortIndex.has(s.text)) this.shortIndex.set(s.text, s.index);
  }

  find(text: string): readonly Occurrence[] {
    let all = this.long?.findAll(text);
    const short = this.short;
    if (short) {
      short.lastIndex = 0;
      for (let m = short.exec(text); m; m = short.exec(text)) {
        (all ??= []).push({ start: m.index, index: this.shortIndex.get(m[0])! });
        short.lastIndex = m.index + 1; // the next start may overlap this one
      }
    }
    if (!all) return NONE;
    if (all.length < 2) return all;
    const length = (o: Occurrence) => this.strings[o.index]!.length;
    all.sort((a, b) => a.start - b.start || length(b) - length(a));
    const kept: Occurrence[] = [];
    let free = 0;
    for (const o of all) {
      if (o.start < free) continue;
      kept.push(o);
      free = o.start + length(o);
    }
    return kept;
  }
}
