import { MultiSearch } from "../multiSearch";
import type { WrongFormEntry } from "./data";
import type { Lexicon } from "./lexicon";
import type { TypoMatch } from "./types";

/** Where two forms of the same length differ; every position when their lengths differ. */
function differences(wrong: string, right: string): number[] {
  const all = [...wrong].map((_, i) => i);
  return wrong.length === right.length ? all.filter((i) => wrong[i] !== right[i]) : all;
}

/** Forms that are never correct (美仑美奂), found exactly, unless the place belongs to other words. */
export class WrongFormFinder {
  private readonly entries: Array<WrongFormEntry & { differ: number[] }>;
  private readonly search: MultiSearch | undefined;

  constructor(
    entries: readonly WrongFormEntry[],
    private readonly lexicon: Lexicon,
  ) {
    // A form the word lists know as correct is not wrong, whatever a list of mistakes says.
    this.entries = entries.filter((e) => e.wrong.length >= 2 && !lexicon.has(e.wrong)).map((e) => ({ ...e, differ: differences(e.wrong, e.right) }));
    this.search = this.entries.length > 0 ? new MultiSearch(this.entries.map((e) => e.wrong)) : undefined;
  }

  find(text: string): TypoMatch[] {
    if (!this.search) return [];
    const found: TypoMatch[] = [];
    for (const { start, index } of this.search.find(text)) {
      const e = this.entries[index]!;
      const end = start + e.wrong.length;
      // 谈笑风声 in 谈笑风声音… would be two words: a known word across the edge through a wrong character shelters it.
      if (e.differ.some((i) => this.lexicon.crossedAt(text, start + i, start, end)) || this.lexicon.straddled(text, start, end)) continue;
      const why = e.kind === "其他" ? "" : `（${e.kind}致误）`;
      found.push({ tier: 1, start, end, text: e.wrong, fix: e.right, message: `“${e.wrong}”是错误写法${why}，应为“${e.right}”。`, source: e.evidence });
    }
    return found;
  }
}
