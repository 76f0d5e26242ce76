import type { Confusables, Confusion } from "./confusable";
import type { Lexicon } from "./lexicon";
import type { Target, TypoMatch } from "./types";

/** Near-misses of shorter wordings are too often other correct words. */
export const MIN_TARGET = 4;

const FILTER_MASK = 0xffff;
const filterHash = (a: number, b: number) => ((a << 6) ^ b) & FILTER_MASK;
const pairKey = (a: number, b: number) => a * 0x10000 + b;
const PREFIX = 1;
const SUFFIX = 2;

/** One wording matched with one character changed: where, and by what. */
interface Candidate {
  start: number;
  target: Target;
  /** Where in the text the changed character is. */
  at: number;
  confusion: Confusion;
}

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/**
 * Spans one same-sound or similar-shape character away from a known fixed wording, that are not
 * words themselves. With one character changed, either the first two characters or the last two
 * are as written, so each wording is indexed by both pairs; a filter over pairs of characters lets
 * most of the text pass without a look-up.
 */
export class NearMissFinder {
  private readonly filter = new Uint8Array(FILTER_MASK + 1);
  private readonly byPrefix = new Map<number, Target[]>();
  private readonly bySuffix = new Map<number, Target[]>();

  constructor(
    targets: readonly Target[],
    private readonly lexicon: Lexicon,
    private readonly confusables: Confusables,
  ) {
    const seen = new Set<string>();
    for (const target of targets) {
      const { text } = target;
      if (text.length < MIN_TARGET || seen.has(text)) continue;
      seen.add(text);
      const [a, b, y, z] = [text.charCodeAt(0), text.charCodeAt(1), text.charCodeAt(text.length - 2), text.charCodeAt(text.length - 1)];
      add(this.byPrefix, pairKey(a, b), target);
      add(this.bySuffix, pairKey(y, z), target);
      this.filter[filterHash(a, b)]! |= PREFIX;
      this.filter[filterHash(y, z)]! |= SUFFIX;
    }
  }

  find(text: string): TypoMatch[] {
    let candidates: Candidate[] | undefined;
    const length = text.length;
    for (let p = 0; p + 1 < length; p++) {
      const a = text.charCodeAt(p);
      const b = text.charCodeAt(p + 1);
      const flags = this.filter[filterHash(a, b)]!;
      if (flags === 0) continue;
      if (flags & PREFIX) for (const t of this.byPrefix.get(pairKey(a, b)) ?? []) candidates = this.consider(text, p, t, 2, candidates);
      if (flags & SUFFIX) for (const t of this.bySuffix.get(pairKey(a, b)) ?? []) candidates = this.consider(text, p + 2 - t.text.length, t, 0, candidates, 2);
    }
    return candidates ? settle(candidates, text) : [];
  }

  /**
   * The target at `start` with exactly one character changed in [from, until): the prefix pass
   * looks past the first two, the suffix pass at the first two only, so no change is found twice.
   */
  private consider(text: string, start: number, target: Target, from: number, found: Candidate[] | undefined, until = target.text.length): Candidate[] | undefined {
    const right = target.text;
    const end = start + right.length;
    if (start < 0 || end > text.length) return found;
    let at = -1;
    for (let i = from; i < right.length; i++) {
      if (text.charCodeAt(start + i) === right.charCodeAt(i)) continue;
      if (at >= 0 || i >= until) return found;
      at = start + i;
    }
    if (at < 0) return found;
    const written = text.charCodeAt(at);
    if (!isHan(written)) return found;
    const confusion = this.confusables.confusion(written, right.charCodeAt(at - start));
    if (!confusion) return found;
    const span = text.slice(start, end);
    const { lexicon } = this;
    if (lexicon.has(span) || lexicon.crossedAt(text, at, start, end) || lexicon.straddled(text, start, end) || lexicon.variantAt(span, right, at - start)) return found;
    (found ??= []).push({ start, target, at, confusion });
    return found;
  }
}

function add(map: Map<number, Target[]>, key: number, target: Target): void {
  const list = map.get(key);
  if (list) list.push(target);
  else map.set(key, [target]);
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
    const overlapping = candidates.filter((o) => o !== c && o.start < end && c.start < o.start + o.target.text.length);
    if (overlapping.some((o) => o.at !== c.at || o.target.text[o.at - o.start] !== rightChar)) continue;
    if (overlapping.some((o) => o.target.text.length > c.target.text.length || (o.target.text.length === c.target.text.length && o.start < c.start))) continue;
    found.push(nearMissMatch(c, text));
  }
  return found;
}

function nearMissMatch({ start, target, at, confusion }: Candidate, text: string): TypoMatch {
  const written = text.slice(start, start + target.text.length);
  const wrongChar = text[at]!;
  const rightChar = target.text[at - start]!;
  const why = confusion.kind === "同音" ? `“${wrongChar}”与“${rightChar}”同音（${confusion.syllable}）` : `“${wrongChar}”与“${rightChar}”形近`;
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
