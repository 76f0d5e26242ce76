import { FORMULATIONS } from "../../content/phrases";
import type { FormulationEntry } from "../../content/phrases/types";
import { MultiSearch } from "../multiSearch";
import { yearsNamed } from "./dating";

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
  /** When the wording that replaced it came in (YYYY…). */
  since?: string;
  /**
   * Correct wordings that contain this text, with where it sits inside them: a match inside one is
   * not wrong.
   */
  shelters: Array<{ text: string; at: number }>;
}

/** Words before a historical wording, in its sentence, that show it is quoted as history. */
const RETROSPECTIVE = /曾经|当年|当时|早在|时任|回顾/;
/** A congress or plenum named. */
const CONGRESS = /十[一二三四五六七八九]?大|届[一二三四五六七八九]中全会/;
/** A congress, plenum or year named: history where no date says otherwise. */
const DATED = new RegExp(`${CONGRESS.source}|\\d{4}年`);

/**
 * Whether the sentence quotes the wording as history: it says so, or names a congress, plenum or
 * year before `since`, when today's wording came in (党的十八大提出…; 2025年 is today).
 */
function retrospective(text: string, start: number, since: string | undefined): boolean {
  const sentenceStart = Math.max(text.lastIndexOf("。", start), text.lastIndexOf("；", start)) + 1;
  const before = text.slice(sentenceStart, start);
  if (RETROSPECTIVE.test(before)) return true;
  if (!since) return DATED.test(before);
  const year = Number(since.slice(0, 4));
  const years = yearsNamed(before);
  // A congress or plenum too early for the table of dates is history too (党的十一届六中全会).
  return years.some((y) => y < year) || (years.length === 0 && CONGRESS.test(before));
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
    const add = (text: string, entry: FormulationEntry, fix: string, since?: string) => {
      const shelters = correct
        .filter((c) => c !== text && c.includes(text))
        .map((c) => ({ text: c, at: c.indexOf(text) }));
      patterns.set(text, { text, entry, fix, shelters, ...(since ? { since } : {}) });
    };
    for (const entry of entries) {
      if (entry.status === "historical" && entry.supersededBy) {
        const next = entries.find((e) => e.id === entry.supersededBy);
        // A name that is the old wording itself is replaced by the new wording, a short name by the
        // new name.
        if (next)
          add(
            entry.name,
            entry,
            entry.name === entry.expansion ? next.expansion : next.name,
            entry.period?.until ?? next.period?.since ?? next.source?.date
          );
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
      if (sheltered || retrospective(text, start, pattern.since)) continue;
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
