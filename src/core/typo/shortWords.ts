import type { Confusables, Confusion } from "./confusable";
import type { Lexicon } from "./lexicon";
import { FUNCTION_CHARACTERS } from "./lexicon";
import type { Candidate } from "./nearMiss";
import { nearMissMatch } from "./nearMiss";
import type { PackedPlaces } from "./table";
import { packPlaces, slot, slotRank } from "./table";
import type { SparseOffsets } from "../sparseOffsets";
import type { Target, TypoMatch } from "./types";

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;
/**
 * Digits and letters join the words beside them (2023年第17期): no slip stands alone against one.
 */
const joins = (code: number) =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xff10 && code <= 0xff19) ||
  (code >= 0xff21 && code <= 0xff5a);
const PAIR_MASK = 0xffff;
const pairHash = (a: number, b: number) => ((a << 7) ^ b) & PAIR_MASK;

/**
 * Where a short word goes in the table, by its length, the place of the change and its other
 * characters.
 */
function placeOf(text: string, start: number, length: number, at: number): number {
  const first = text.charCodeAt(start + (at === 0 ? 1 : 0));
  const second = length === 3 ? text.charCodeAt(start + (at === 2 ? 1 : 2)) : 0;
  return slot(length * 4 + at, first, second);
}

/** Whether a word stands at `start` in the text as written, the character at `at` aside. */
function sameBut(text: string, start: number, word: string, at: number): boolean {
  for (let i = 0; i < word.length; i++)
    if (i !== at && text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** The short-word finder's tables, derived from the targets alone. */
export interface ShortWordTables extends PackedPlaces {
  /** First and last characters of the three-character words, by pairHash. */
  ends: Uint8Array;
}

/** The tables of a list of targets (their numbers in it are what the tables hold). */
export function shortWordTables(targets: readonly Target[]): ShortWordTables {
  const places: Array<{ at: number; entry: number }> = [];
  const ends = new Uint8Array(PAIR_MASK + 1);
  targets.forEach(({ text }, entry) => {
    if (text.length !== 2 && text.length !== 3) return;
    for (let at = 0; at < text.length; at++)
      places.push({ at: placeOf(text, 0, text.length, at), entry });
    if (text.length === 3) ends[pairHash(text.charCodeAt(0), text.charCodeAt(2))] = 1;
  });
  return { ...packPlaces(places), ends };
}

/**
 * One-character slips of two- and three-character words of the genre (部暑 for 部署, 获的感 for
 * 获得感), reported only where the slip stands alone. A changed character at an edge must have no
 * Han character beside it outside (宣传拦，), so only places beside marks are looked at for those;
 * a three-character word changed in its middle is looked for everywhere, behind a filter of its
 * first and last characters.
 */
export class ShortWordFinder {
  /** Words by their characters but one (placeOf): where each place's words begin in `entries`. */
  private readonly offsets: SparseOffsets;
  /** Words sharing a place are told apart by their characters. */
  private readonly entries: Uint16Array | Int32Array;
  /** First and last characters of the three-character words. */
  private readonly ends: Uint8Array;

  constructor(
    private readonly targets: readonly Target[],
    private readonly lexicon: Lexicon,
    private readonly confusables: Confusables,
    tables: ShortWordTables = shortWordTables(targets)
  ) {
    this.offsets = tables.offsets;
    this.entries = tables.entries;
    this.ends = tables.ends;
  }

  /**
   * Slips in a text; of overlapping ones, a longer one holding a shorter wins, others leave both
   * out.
   */
  find(text: string): TypoMatch[] {
    const found = this.all(text);
    if (found.length < 2) return found;
    return found.filter((m) =>
      found.every(
        (o) =>
          o === m ||
          o.end <= m.start ||
          m.end <= o.start ||
          (o.start >= m.start && o.end <= m.end && o.end - o.start < m.end - m.start)
      )
    );
  }

  private all(text: string): TypoMatch[] {
    const found: TypoMatch[] = [];
    const n = text.length;
    const { ends } = this;
    // One pass: three characters changed in the middle anywhere, behind the filter; the rest at
    // each place that is not a Han character, the start and the end of the text included.
    for (let b = -1; b <= n; b++) {
      const code = b >= 0 && b < n ? text.charCodeAt(b) : -1;
      if (code >= 0x4e00 && code <= 0x9fff) {
        if (b + 2 < n && ends[pairHash(code, text.charCodeAt(b + 2))])
          this.consider(text, b, 3, 1, found);
        continue;
      }
      if (joins(code)) continue;
      // A word ends here only after a Han character, and starts after here only with one.
      if (b >= 2 && isHan(text.charCodeAt(b - 1))) {
        this.consider(text, b - 2, 2, 0, found);
        this.consider(text, b - 2, 2, 1, found);
        if (b >= 3) this.consider(text, b - 3, 3, 2, found);
      }
      if (b + 4 <= n && isHan(text.charCodeAt(b + 1))) this.consider(text, b + 1, 3, 0, found);
    }
    return found.sort((x, y) => x.start - y.start);
  }

  /**
   * The word of `length` characters at `start`, changed at `at`, when it is the one word that fits
   * and stands alone.
   */
  private consider(
    text: string,
    start: number,
    length: number,
    at: number,
    found: TypoMatch[]
  ): void {
    if (start + length > text.length) return;
    const written = text.charCodeAt(start + at);
    if (!isHan(written)) return;
    const { offsets, entries, targets } = this;
    // The one word the written character can be a slip for: two, and the correction is not certain.
    let target: Target | undefined;
    let confusion: Confusion | undefined;
    // The word's place as placeOf gives it, looked up at once (table.ts's slotRank).
    const first = text.charCodeAt(start + (at === 0 ? 1 : 0));
    const second = length === 3 ? text.charCodeAt(start + (at === 2 ? 1 : 2)) : 0;
    const k = slotRank(offsets, length * 4 + at, first, second);
    if (k === -1) return;
    const from = offsets.starts[k]!;
    const to = offsets.starts[k + 1]!;
    // The span written as one of the words: a word of the genre, so no slip.
    for (let e = from; e < to; e++) {
      const t = targets[entries[e]!]!.text;
      if (t.length === length && t.charCodeAt(at) === written && sameBut(text, start, t, at))
        return;
    }
    for (let e = from; e < to; e++) {
      const t = targets[entries[e]!]!;
      if (t.text.length !== length || !sameBut(text, start, t.text, at)) continue;
      const how = this.confusables.confusion(written, t.text.charCodeAt(at));
      if (!how) continue;
      if (target) return;
      [target, confusion] = [t, how];
    }
    if (!target || !confusion || !this.alone(text, start, start + length, start + at)) return;
    const candidate: Candidate = { start, target, at: start + at, confusion };
    found.push(nearMissMatch(candidate, text));
  }

  /**
   * A span that is not a word, with no known word running across either of its edges, whose changed
   * character (at `at`) is not a word of its own (的, 在…) and, where it is at an edge, has no
   * character beside it outside: 权力关进 is 权力 / 关进, 宣传拦， is a slip. Two characters
   * stand before a mark, after a word, a mark or a function character: 专题部暑。, 党兴才能 is not.
   */
  private alone(text: string, start: number, end: number, at: number): boolean {
    const { lexicon } = this;
    if (FUNCTION_CHARACTERS.has(text[at]!) || lexicon.has(text.slice(start, end))) return false;
    if (lexicon.crossedAt(text, start, start, end) || lexicon.crossedAt(text, end - 1, start, end))
      return false;
    const outside = (i: number) => i >= 0 && i < text.length && isHan(text.charCodeAt(i));
    if (end - start === 2) {
      const before =
        !outside(start - 1) ||
        FUNCTION_CHARACTERS.has(text[start - 1]!) ||
        lexicon.endsAt(text, start);
      return before && !outside(end);
    }
    return !(at === start && outside(start - 1)) && !(at === end - 1 && outside(end));
  }
}
