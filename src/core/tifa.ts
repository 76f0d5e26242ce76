import { FORMULATIONS } from "../content/phrases";
import type { FormulationEntry, WrongForm } from "../content/phrases/types";
import { MultiSearch } from "./multiSearch";

export interface TifaMatch {
  start: number;
  end: number;
  text: string;
  entry: FormulationEntry;
  /** Undefined for a historical formulation used by its own name. */
  wrong?: WrongForm;
  fix: string;
}

interface Pattern {
  text: string;
  entry: FormulationEntry;
  wrong?: WrongForm;
  fix: string;
  /** Correct wordings that contain this text, with where it sits inside them: a match inside one is not wrong. */
  shelters: Array<{ text: string; at: number }>;
}

/**
 * A capital letter standing where the words a truncated formulation lacks should be, as material
 * websites leave it (A新时代中国特色社会主义思想 for 习近平新时代中国特色社会主义思想): it belongs to the
 * finding, so the fix replaces it too.
 */
function standInLetter(text: string, start: number, pattern: Pattern): boolean {
  const letter = text.charCodeAt(start - 1);
  const missingFront = pattern.fix.length > pattern.text.length && pattern.fix.endsWith(pattern.text);
  return missingFront && letter >= 65 && letter <= 90 && !/[A-Za-z0-9]/.test(text[start - 2] ?? "");
}

/** Words before a historical wording, in its sentence, that show it is quoted as history: 党的十八大提出…. */
const RETROSPECTIVE = /十[一二三四五六七八九]?大|届[一二三四五六七八九]中全会|曾经|当年|回顾|\d{4}年/;

function retrospective(text: string, start: number): boolean {
  const sentenceStart = Math.max(text.lastIndexOf("。", start), text.lastIndexOf("；", start)) + 1;
  return RETROSPECTIVE.test(text.slice(sentenceStart, start));
}

/** Everything the text must not contain, looked for in a single pass. */
export class TifaMatcher {
  private readonly patterns: Pattern[];
  private readonly search: MultiSearch;

  constructor(entries: readonly FormulationEntry[] = FORMULATIONS) {
    const correct = entries.flatMap((e) => [e.name, e.expansion, e.wrongForms.map((w) => w.fix ?? "")].flat()).filter(Boolean);
    const patterns = new Map<string, Pattern>();
    const add = (text: string, entry: FormulationEntry, fix: string, wrong?: WrongForm) => {
      const shelters = correct.filter((c) => c !== text && c.includes(text)).map((c) => ({ text: c, at: c.indexOf(text) }));
      patterns.set(text, { text, entry, wrong, fix, shelters });
    };
    for (const entry of entries) {
      for (const wrong of entry.wrongForms) add(wrong.text, entry, wrong.fix ?? entry.expansion, wrong);
      if (entry.status === "historical" && entry.supersededBy) {
        const next = entries.find((e) => e.id === entry.supersededBy);
        // A name that is the old wording itself is replaced by the new wording, a short name by the new name.
        if (next) add(entry.name, entry, entry.name === entry.expansion ? next.expansion : next.name);
      }
    }
    this.patterns = [...patterns.values()];
    this.search = new MultiSearch(this.patterns.map((p) => p.text));
  }

  /** Wrong, truncated and outdated formulations in a text; correct wording that contains one is left alone. */
  find(text: string): TifaMatch[] {
    const occurrences = this.search.find(text);
    if (occurrences.length === 0) return [];
    const found: TifaMatch[] = [];
    for (const { start, index } of occurrences) {
      const pattern = this.patterns[index]!;
      const sheltered = pattern.shelters.some((s) => text.startsWith(s.text, start - s.at));
      if (sheltered || (!pattern.wrong && retrospective(text, start))) continue;
      const from = standInLetter(text, start, pattern) ? start - 1 : start;
      const end = start + pattern.text.length;
      found.push({ start: from, end, text: text.slice(from, end), entry: pattern.entry, wrong: pattern.wrong, fix: pattern.fix });
    }
    return found;
  }
}
