import type { Confusables, Confusion } from "./confusable";
import type { Lexicon } from "./lexicon";
import type { PackedPlaces } from "./table";
import { indexArray } from "../indexArray";
import { packPlaces, slot, slotRank } from "./table";
import type { Target, TypoMatch } from "./types";

/** Near-misses of shorter wordings are too often other correct words. */
export const MIN_TARGET = 4;

/**
 * How a target is indexed, by three of its characters that a one-character change leaves as
 * written, and where the change may then be (positions in the target), so that each change is
 * found by one index only:
 * - its first three characters: a change from the fourth on;
 * - its first, second and fourth: a change in the third;
 * - its last three: a change in the first (or first two when it is five or longer);
 * - for four characters, its first, third and fourth: a change in the second.
 */
const Anchor = { Head: 0, HeadGap: 1, Tail: 2, TailGap: 3 } as const;
type Anchor = (typeof Anchor)[keyof typeof Anchor];

/** One wording matched with one character changed: where, and by what. */
export interface Candidate {
  start: number;
  target: Target;
  /** Where in the text the changed character is. */
  at: number;
  confusion: Confusion;
}

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

const PAIR_MASK = 0xffff;
/** Where two characters go in the filter of pairs. */
const pairSlot = (a: number, b: number) => ((a << 7) ^ b) & PAIR_MASK;
/**
 * What a pair of characters may begin, in the filter: a target (its first two), a target's last
 * three, a four-character target's last two.
 */
const Starts = { Head: 1, Tail: 2, TailOfFour: 4 } as const;

/**
 * Spans one same-sound or similar-shape character away from a known fixed wording, that are not
 * words themselves. A wording with one character changed keeps three of its first or last four
 * characters as written; each wording is indexed by those, and a filter over pairs of characters
 * lets most of the text pass without a look-up.
 */
/** One anchor's table: for each entry in table order, its target and where the change may be. */
export interface AnchorTable extends PackedPlaces {
  /** The change may be in [from, until) of the target. */
  from: Uint8Array;
  until: Uint8Array;
}

/** The near-miss finder's tables, derived from the targets alone. */
export interface NearMissTables {
  /** By anchor (Head, HeadGap, Tail, TailGap). */
  anchors: AnchorTable[];
  /** What a pair of characters may begin (Starts), by pairSlot. */
  pairs: Uint8Array;
}

/** The tables of a list of targets (their numbers in it are what the tables hold). */
export function nearMissTables(targets: readonly Target[]): NearMissTables {
  const given = [0, 1, 2, 3].map(() => ({
    places: [] as Array<{ at: number; entry: number }>,
    from: [] as number[],
    until: [] as number[],
    targets: [] as number[],
  }));
  const pairs = new Uint8Array(PAIR_MASK + 1);
  const add = (anchor: Anchor, at: number, target: number, from: number, until: number) => {
    const list = given[anchor]!;
    list.places.push({ at, entry: list.from.length });
    list.from.push(from);
    list.until.push(until);
    list.targets.push(target);
  };
  const seen = new Set<string>();
  targets.forEach(({ text }, t) => {
    const n = text.length;
    if (n < MIN_TARGET || seen.has(text)) return;
    seen.add(text);
    const c = (i: number) => text.charCodeAt(i);
    add(Anchor.Head, slot(c(0), c(1), c(2)), t, 3, n);
    add(Anchor.HeadGap, slot(c(0), c(1), c(3)), t, 2, 3);
    add(Anchor.Tail, slot(c(n - 3), c(n - 2), c(n - 1)), t, 0, Math.min(2, n - 3));
    if (n === 4) add(Anchor.TailGap, slot(c(0), c(2), c(3)), t, 1, 2);
    pairs[pairSlot(c(0), c(1))]! |= Starts.Head;
    pairs[pairSlot(c(n - 3), c(n - 2))]! |= Starts.Tail;
    if (n === 4) pairs[pairSlot(c(2), c(3))]! |= Starts.TailOfFour;
  });
  const anchors = given.map(({ places, from, until, targets: of }) => {
    const packed = packPlaces(places);
    const order = Array.from(packed.entries);
    return {
      offsets: packed.offsets,
      entries: indexArray(order.map((i) => of[i]!)),
      from: Uint8Array.from(order, (i) => from[i]!),
      until: Uint8Array.from(order, (i) => until[i]!),
    };
  });
  return { anchors, pairs };
}

/**
 * Spans one same-sound or similar-shape character away from a known fixed wording, that are not
 * words themselves. A wording with one character changed keeps three of its first or last four
 * characters as written; each wording is indexed by those, and a filter over pairs of characters
 * lets most of the text pass without a look-up.
 */
export class NearMissFinder {
  /** For each anchor, a table from three characters to the targets they anchor. */
  private readonly tables: [AnchorTable, AnchorTable, AnchorTable, AnchorTable];
  /**
   * Pairs of characters that can begin an anchor: most places in a text are passed over on this
   * alone.
   */
  private readonly pairs: Uint8Array;

  constructor(
    private readonly targets: readonly Target[],
    private readonly lexicon: Lexicon,
    private readonly confusables: Confusables,
    tables: NearMissTables = nearMissTables(targets)
  ) {
    const [head, headGap, tail, tailGap] = tables.anchors;
    this.tables = [head!, headGap!, tail!, tailGap!];
    this.pairs = tables.pairs;
  }

  find(text: string): TypoMatch[] {
    let found: Candidate[] | undefined;
    const [head, headGap, tail, tailGap] = this.tables;
    const { pairs } = this;
    const length = text.length;
    if (length < 3) return [];
    // Characters p to p + 3 and the filter's word on the pairs at p, p + 1 and p + 2, rolled along.
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    let c = text.charCodeAt(2);
    let d = length > 3 ? text.charCodeAt(3) : -1;
    let here = pairs[pairSlot(a, b)]!;
    let next = pairs[pairSlot(b, c)]!;
    let later = d >= 0 ? pairs[pairSlot(c, d)]! : 0;
    for (let p = 0; p + 2 < length; p++) {
      if (p > 0) {
        a = b;
        b = c;
        c = d;
        d = p + 3 < length ? text.charCodeAt(p + 3) : -1;
        here = next;
        next = later;
        later = d >= 0 ? pairs[pairSlot(c, d)]! : 0;
      }
      // The pair two places on tells of a four-character target changed in its second character.
      if (here === 0 && (later & Starts.TailOfFour) === 0) continue;
      if (here & Starts.Head) {
        const k = slotRank(head.offsets, a, b, c);
        if (k !== -1)
          for (let i = head.offsets.starts[k]!, to = head.offsets.starts[k + 1]!; i < to; i++)
            found = this.consider(text, p, head, i, found);
        if (d >= 0) {
          const k = slotRank(headGap.offsets, a, b, d);
          if (k !== -1)
            for (
              let i = headGap.offsets.starts[k]!, to = headGap.offsets.starts[k + 1]!;
              i < to;
              i++
            )
              found = this.consider(text, p, headGap, i, found);
        }
      }
      if (here & Starts.Tail) {
        const k = slotRank(tail.offsets, a, b, c);
        if (k !== -1)
          for (let i = tail.offsets.starts[k]!, to = tail.offsets.starts[k + 1]!; i < to; i++) {
            const length = this.targets[tail.entries[i]!]!.text.length;
            found = this.consider(text, p + 3 - length, tail, i, found);
          }
      }
      if (later & Starts.TailOfFour) {
        const k = slotRank(tailGap.offsets, a, c, d);
        if (k !== -1)
          for (let i = tailGap.offsets.starts[k]!, to = tailGap.offsets.starts[k + 1]!; i < to; i++)
            found = this.consider(text, p, tailGap, i, found);
      }
    }
    return found ? settle(found, text) : [];
  }

  /**
   * The target at `start` with exactly one character changed, in [from, until) of the target. The
   * place of the change is looked at first: most targets met are written as they are.
   */
  private consider(
    text: string,
    start: number,
    table: AnchorTable,
    entry: number,
    found: Candidate[] | undefined
  ): Candidate[] | undefined {
    const target = this.targets[table.entries[entry]!]!;
    const from = table.from[entry]!;
    const until = table.until[entry]!;
    const right = target.text;
    const end = start + right.length;
    if (start < 0 || end > text.length) return found;
    let at = -1;
    for (let i = from; i < until; i++) {
      if (text.charCodeAt(start + i) === right.charCodeAt(i)) continue;
      if (at >= 0) return found;
      at = start + i;
    }
    if (at < 0) return found;
    for (let i = 0; i < right.length; i++)
      if ((i < from || i >= until) && text.charCodeAt(start + i) !== right.charCodeAt(i))
        return found;
    const written = text.charCodeAt(at);
    if (!isHan(written)) return found;
    const confusion = this.confusables.confusion(written, right.charCodeAt(at - start));
    if (!confusion) return found;
    const span = text.slice(start, end);
    const { lexicon } = this;
    if (
      lexicon.has(span) ||
      lexicon.crossedAt(text, at, start, end) ||
      lexicon.straddled(text, start, end) ||
      lexicon.segmented(text, start, end) ||
      lexicon.variantAt(span, right, at - start)
    )
      return found;
    (found ??= []).push({ start, target, at, confusion });
    return found;
  }
}

/**
 * Only corrections that are certain: each suspect character has one correction, and no other
 * wording found overlapping it says the character is right; the longest wording reports it.
 */
function settle(candidates: Candidate[], text: string): TypoMatch[] {
  const found: TypoMatch[] = [];
  for (const c of candidates) {
    const rightChar = c.target.text[c.at - c.start]!;
    const end = c.start + c.target.text.length;
    const overlapping = candidates.filter(
      (o) => o !== c && o.start < end && c.start < o.start + o.target.text.length
    );
    if (overlapping.some((o) => o.at !== c.at || o.target.text[o.at - o.start] !== rightChar))
      continue;
    if (
      overlapping.some(
        (o) =>
          o.target.text.length > c.target.text.length ||
          (o.target.text.length === c.target.text.length && o.start < c.start)
      )
    )
      continue;
    found.push(nearMissMatch(c, text));
  }
  return found;
}

export function nearMissMatch(
  { start, target, at, confusion }: Candidate,
  text: string
): TypoMatch {
  const written = text.slice(start, start + target.text.length);
  const wrongChar = text[at]!;
  const rightChar = target.text[at - start]!;
  const why =
    confusion.kind === "同音"
      ? `“${wrongChar}”与“${rightChar}”同音（${confusion.syllable}）`
      : `“${wrongChar}”与“${rightChar}”形近`;
  return {
    tier: target.tier,
    start,
    end: start + written.length,
    text: written,
    fix: target.text,
    message: `“${written}”疑为“${target.text}”之误：${why}，“${target.text}”是${target.what}。`,
    ...(target.source ? { source: target.source } : {}),
  };
}
