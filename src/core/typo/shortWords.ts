import type { Confusables, Confusion } from "./confusable";
import type { Lexicon } from "./lexicon";
import { FUNCTION_CHARACTERS } from "./lexicon";
import type { Target, TypoMatch } from "./types";
import { nearMissMatch } from "./nearMiss";

/** Words this short are found by their slips written out; longer ones by the near-miss index. */
export const SHORT = [2, 3] as const;

const FILTER_MASK = 0xffff;
const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;
const pairHash = (a: number, b: number) => ((a << 7) ^ b) & FILTER_MASK;

interface Slip {
  target: Target;
  /** Where in the target the character is changed. */
  at: number;
  confusion: Confusion;
}

/**
 * One-character slips of short words of the genre (部署 → 部暑, 获得感 → 获的感), written out in
 * advance: every character that sounds like or looks like one of the word's, in its place. A slip
 * is reported only where it stands alone: not a word, and no known word running across its edges.
 */
export class ShortWordFinder {
  private readonly filter = new Uint8Array(FILTER_MASK + 1);
  private readonly slips = new Map<string, Slip[]>();

  constructor(
    targets: readonly Target[],
    private readonly lexicon: Lexicon,
    confusables: Confusables,
  ) {
    for (const target of targets) {
      const { text } = target;
      if (!(SHORT as readonly number[]).includes(text.length)) continue;
      for (let at = 0; at < text.length; at++) {
        for (const { character, confusion } of confusables.alike(text.charCodeAt(at))) {
          const written = text.slice(0, at) + character + text.slice(at + 1);
          const list = this.slips.get(written);
          if (list) list.push({ target, at, confusion });
          else this.slips.set(written, [{ target, at, confusion }]);
          this.filter[pairHash(written.charCodeAt(0), written.charCodeAt(1))] = 1;
        }
      }
    }
  }

  /** Slips in a text; of overlapping ones, a longer one holding a shorter wins, others leave both out. */
  find(text: string): TypoMatch[] {
    const found = this.all(text);
    if (found.length < 2) return found;
    return found.filter((m) =>
      found.every((o) => o === m || o.end <= m.start || m.end <= o.start || (o.start >= m.start && o.end <= m.end && o.end - o.start < m.end - m.start)),
    );
  }

  private all(text: string): TypoMatch[] {
    const found: TypoMatch[] = [];
    const { filter } = this;
    for (let p = 0; p + 1 < text.length; p++) {
      if (filter[pairHash(text.charCodeAt(p), text.charCodeAt(p + 1))] === 0) continue;
      for (const length of SHORT) {
        if (p + length > text.length) break;
        const slips = this.slips.get(text.slice(p, p + length));
        // Two words the slip could come from: the correction is not certain.
        if (slips?.length !== 1) continue;
        const slip = slips[0]!;
        if (!this.alone(text, p, p + length, p + slip.at)) continue;
        found.push(nearMissMatch({ start: p, target: slip.target, at: p + slip.at, confusion: slip.confusion }, text));
      }
    }
    return found;
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
    if (lexicon.crossedAt(text, start, start, end) || lexicon.crossedAt(text, end - 1, start, end)) return false;
    const outside = (i: number) => i >= 0 && i < text.length && isHan(text.charCodeAt(i));
    if (end - start === 2) {
      const before = start === 0 || !outside(start - 1) || FUNCTION_CHARACTERS.has(text[start - 1]!) || lexicon.endsAt(text, start);
      return before && !outside(end);
    }
    return !(at === start && outside(start - 1)) && !(at === end - 1 && outside(end));
  }
}
