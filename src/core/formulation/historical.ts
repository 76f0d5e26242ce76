import { FORMULATIONS } from "../../content/phrases";
import type { FormulationEntry } from "../../content/phrases/types";
import { MultiSearch } from "../multiSearch";

export interface HistoricalMatch {
  start: number;
  end: number;
  text: string;
  /** The historical formulation used by its own name. */
  entry: FormulationEntry;
  fix: string;
}

interface Pattern {
  text: string;
  entry: FormulationEntry;
  fix: string;
  /**
   * Correct wordings that contain this text, with where it sits inside them: a match inside one is
   * not wrong.
   */
  shelters: Array<{ text: string; at: number }>;
}

/**
 * Words before a historical wording, in its sentence, that show it is quoted as history: 党的十八大
 * 提出….
 */
const RETROSPECTIVE =
  /十[一二三四五六七八九]?大|届[一二三四五六七八九]中全会|曾经|当年|回顾|\d{4}年/;

function retrospective(text: string, start: number): boolean {
  const sentenceStart = Math.max(text.lastIndexOf("。", start), text.lastIndexOf("；", start)) + 1;
  return RETROSPECTIVE.test(text.slice(sentenceStart, start));
}

/** Historical formulations by their own wording, looked for in a single pass. */
export class HistoricalMatcher {
  private readonly patterns: Pattern[];
  private readonly search: MultiSearch;

  constructor(entries: readonly FormulationEntry[] = FORMULATIONS) {
    const correct = entries
      .filter((e) => e.status === "current")
      .flatMap((e) => [e.name, e.expansion, ...(e.variants ?? []).map((v) => v.text)]);
    const patterns = new Map<string, Pattern>();
    const add = (text: string, entry: FormulationEntry, fix: string) => {
      const shelters = correct
        .filter((c) => c !== text && c.includes(text))
        .map((c) => ({ text: c, at: c.indexOf(text) }));
      patterns.set(text, { text, entry, fix, shelters });
    };
    for (const entry of entries) {
      if (entry.status === "historical" && entry.supersededBy) {
        const next = entries.find((e) => e.id === entry.supersededBy);
        // A name that is the old wording itself is replaced by the new wording, a short name by the
        // new name.
        if (next)
          add(entry.name, entry, entry.name === entry.expansion ? next.expansion : next.name);
      }
    }
    this.patterns = [...patterns.values()];
    this.search = new MultiSearch(this.patterns.map((p) => p.text));
  }

  /**
   * Historical formulations used as today's; correct wording that contains one, and history, are
   * left alone.
   */
  find(text: string): HistoricalMatch[] {
    const occurrences = this.search.find(text);
    if (occurrences.length === 0) return [];
    const found: HistoricalMatch[] = [];
    for (const { start, index } of occurrences) {
      const pattern = this.patterns[index]!;
      const sheltered = pattern.shelters.some((s) => text.startsWith(s.text, start - s.at));
      if (sheltered || retrospective(text, start)) continue;
      const end = start + pattern.text.length;
      found.push({
        start,
        end,
        text: text.slice(start, end),
        entry: pattern.entry,
        fix: pattern.fix,
      });
    }
    return found;
  }
}
