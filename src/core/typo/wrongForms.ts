import type { WrongFormEntry } from "./data";
import type { Lexicon } from "./lexicon";
import type { TypoMatch } from "./types";

/** Where two forms of the same length differ; every position when their lengths differ. */
function differences(wrong: string, right: string): number[] {
  const found: number[] = [];
  // Counted by characters as written (code points), compared by code units, as the finder reads
  // them.
  const count = /[\ud800-\udfff]/.test(wrong) ? [...wrong].length : wrong.length;
  for (let i = 0; i < count; i++)
    if (wrong.length !== right.length || wrong[i] !== right[i]) found.push(i);
  return found;
}

type Entry = WrongFormEntry & { differ: number[] };

const FILTER_MASK = 0xffff;
const filterHash = (a: number, b: number) => ((a << 6) ^ b) & FILTER_MASK;

/**
 * Forms that are never correct (美仑美奂), found exactly, unless the place belongs to other words.
 * Each form is indexed by its first two characters, behind a filter that lets most pairs pass.
 */
export class WrongFormFinder {
  private readonly filter = new Uint8Array(FILTER_MASK + 1);
  private readonly byStart = new Map<number, Entry[]>();

  constructor(
    entries: readonly WrongFormEntry[],
    private readonly lexicon: Lexicon
  ) {
    for (const e of entries) {
      if (e.wrong.length < 2) continue;
      const [a, b] = [e.wrong.charCodeAt(0), e.wrong.charCodeAt(1)];
      this.filter[filterHash(a, b)] = 1;
      const key = a * 0x10000 + b;
      const list = this.byStart.get(key);
      const entry = { ...e, differ: differences(e.wrong, e.right) };
      if (list) list.push(entry);
      else this.byStart.set(key, [entry]);
    }
    // Longer forms first: 美仑美奂 before a shorter form it starts with (a stable sort keeps the
    // lists' order otherwise).
    for (const list of this.byStart.values()) list.sort((x, y) => y.wrong.length - x.wrong.length);
  }

  /**
   * Every wrong form in the text that no other word claims; of overlapping ones, the first and
   * longest.
   */
  find(text: string): TypoMatch[] {
    const found: TypoMatch[] = [];
    const { filter } = this;
    const n = text.length;
    let free = 0;
    let b = n > 0 ? text.charCodeAt(0) : 0;
    for (let start = 0; start + 1 < n; start++) {
      const a = b;
      b = text.charCodeAt(start + 1);
      if (filter[filterHash(a, b)] === 0 || start < free) continue;
      const match = this.at(text, start, a, b);
      if (!match) continue;
      found.push(match);
      free = match.end;
    }
    return found;
  }

  /**
   * The wrong form starting at `start` (its first two characters a and b), if no other word claims
   * it.
   */
  private at(text: string, start: number, a: number, b: number): TypoMatch | undefined {
    const e = this.byStart
      .get(a * 0x10000 + b)
      ?.find((e) => text.startsWith(e.wrong, start) && !this.claimed(text, start, e));
    if (!e) return undefined;
    const why = e.kind === "其他" ? "" : `（${e.kind}致误）`;
    return {
      tier: 1,
      start,
      end: start + e.wrong.length,
      text: e.wrong,
      fix: e.right,
      message: `“${e.wrong}”是错误写法${why}，应为“${e.right}”。`,
      source: e.evidence,
    };
  }

  /**
   * A form the lists know as correct; 谈笑风声 in 谈笑风声音… would be two words: a known word
   * across the edge through a wrong character shelters it.
   */
  private claimed(text: string, start: number, e: Entry): boolean {
    const end = start + e.wrong.length;
    // A form the word lists know as correct is not wrong, whatever a list of mistakes says.
    if (this.lexicon.has(e.wrong)) return true;
    return (
      e.differ.some((i) => this.lexicon.crossedAt(text, start + i, start, end)) ||
      this.lexicon.straddled(text, start, end)
    );
  }
}
