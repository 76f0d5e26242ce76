import { FORMULATIONS } from "../content/phrases";
import type { FormulationEntry, WrongForm } from "../content/phrases/types";

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Everything the text must not contain, compiled once into a single pass. */
export class TifaMatcher {
  private readonly patterns = new Map<string, Pattern>();
  private readonly regex: RegExp;

  constructor(entries: readonly FormulationEntry[] = FORMULATIONS) {
    const correct = entries.flatMap((e) => [e.name, e.expansion, e.wrongForms.map((w) => w.fix ?? "")].flat()).filter(Boolean);
    const add = (text: string, entry: FormulationEntry, fix: string, wrong?: WrongForm) => {
      const shelters = correct.filter((c) => c !== text && c.includes(text)).map((c) => ({ text: c, at: c.indexOf(text) }));
      this.patterns.set(text, { text, entry, wrong, fix, shelters });
    };
    for (const entry of entries) {
      for (const wrong of entry.wrongForms) add(wrong.text, entry, wrong.fix ?? entry.expansion, wrong);
      if (entry.status === "historical" && entry.supersededBy) {
        const next = entries.find((e) => e.id === entry.supersededBy);
        if (next) add(entry.name, entry, next.name);
      }
    }
    const alternatives = [...this.patterns.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.regex = new RegExp(alternatives.join("|") || "(?!)", "g");
  }

  /** Wrong, truncated and outdated formulations in a text; correct wording that contains one is left alone. */
  find(text: string): TifaMatch[] {
    const found: TifaMatch[] = [];
    this.regex.lastIndex = 0;
    for (let m = this.regex.exec(text); m; m = this.regex.exec(text)) {
      const pattern = this.patterns.get(m[0])!;
      const start = m.index;
      const sheltered = pattern.shelters.some((s) => text.startsWith(s.text, start - s.at));
      if (!sheltered) found.push({ start, end: start + m[0].length, text: m[0], entry: pattern.entry, wrong: pattern.wrong, fix: pattern.fix });
    }
    return found;
  }
}
