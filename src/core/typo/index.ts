import { FORMULATIONS } from "../../content/phrases";
import type { FormulationEntry } from "../../content/phrases/types";
import { formulationCitation } from "../formulation/citation";
import { Confusables } from "./confusable";
import { findInContext } from "./context";
import type { TypoData } from "./data";
import { Lexicon } from "./lexicon";
import { NearMissFinder } from "./nearMiss";
import { ShortWordFinder } from "./shortWords";
import type { Target, TypoMatch } from "./types";
import { WrongFormFinder } from "./wrongForms";

export type { TypoMatch, TypoTier } from "./types";

/** 提法 wordings longer than this are compared by the 提法 check itself. */
const LONGEST_FORMULATION_TARGET = 12;

/** Every wording of a 提法 entry that is written correctly: its name, expansion, items and variants. */
export function formulationWordings(entry: FormulationEntry): string[] {
  const { match } = entry;
  const fromMatch =
    match.kind === "list"
      ? [...match.items, ...(match.intro ?? [])]
      : match.kind === "none"
        ? []
        : [match.text];
  return [entry.name, entry.expansion, ...fromMatch, ...(entry.variants ?? []).map((v) => v.text)];
}

function formulationTargets(entries: readonly FormulationEntry[]): Target[] {
  return entries.flatMap((entry) => {
    const source = formulationCitation(entry);
    return formulationWordings(entry)
      .filter((text) => text.length <= LONGEST_FORMULATION_TARGET && !/[^\u4e00-\u9fff]/.test(text))
      .map((text) => ({ text, tier: 2 as const, what: "规范提法", ...(source ? { source } : {}) }));
  });
}

/**
 * The 错别字 check of one text, by tiers of certainty: forms that are never correct; one-character
 * slips from a fixed expression or 提法; one-character slips from a word of Party work; and, as
 * warnings, a few confusions that depend on the words around them.
 */
export class TypoChecker {
  private readonly wrongForms: WrongFormFinder;
  private readonly nearMisses: NearMissFinder;
  private readonly shortWords: ShortWordFinder;

  constructor(data: TypoData, formulations: readonly FormulationEntry[] = FORMULATIONS) {
    const lexicon = new Lexicon(data, formulations.flatMap(formulationWordings));
    this.wrongForms = new WrongFormFinder(data.wrongForms, lexicon);
    const targets: Target[] = [
      ...formulationTargets(formulations),
      // The lists' sources speak of whole lists, not of one expression: the message says what the wording is.
      ...data.expressions.map((text) => ({ text, tier: 2 as const, what: "常用固定表述" })),
      ...data.vocabulary.map((text) => ({ text, tier: 3 as const, what: "党务工作常用词" })),
    ];
    const confusables = new Confusables(data);
    this.nearMisses = new NearMissFinder(targets, lexicon, confusables);
    // Short words of the genre only: a short expression or 提法 name is too often part of other words.
    this.shortWords = new ShortWordFinder(
      targets.filter((t) => t.tier === 3),
      lexicon,
      confusables
    );
  }

  /** Typos in a text, in order; a place found by a surer tier is not looked at again. */
  find(text: string): TypoMatch[] {
    const found = this.wrongForms.find(text);
    // Each tier in turn, where no surer one has found anything.
    for (const more of [
      this.nearMisses.find(text),
      this.shortWords.find(text),
      findInContext(text),
    ]) {
      if (more.length === 0) continue;
      const before = found.length;
      for (const m of more) if (!found.some((s, i) => i < before && overlaps(s, m))) found.push(m);
    }
    return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
  }
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
