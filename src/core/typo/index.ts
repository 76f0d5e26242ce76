import { FORMULATIONS } from "../../content/phrases";
import type { FormulationEntry } from "../../content/phrases/types";
import { formulationCitation } from "../formulation/citation";
import type { ConfusableTables } from "./confusable";
import { Confusables, confusableTables } from "./confusable";
import { findInContext } from "./context";
import type { TypoData, WrongFormEntry } from "./data";
import type { LexiconTables } from "./lexicon";
import { Lexicon, lexiconTables } from "./lexicon";
import type { NearMissTables } from "./nearMiss";
import { NearMissFinder, nearMissTables } from "./nearMiss";
import type { ShortWordTables } from "./shortWords";
import { ShortWordFinder, shortWordTables } from "./shortWords";
import type { Target, TypoMatch } from "./types";
import { WrongFormFinder } from "./wrongForms";

export type { TypoMatch, TypoTier } from "./types";

/** 提法 wordings longer than this are compared by the 提法 check itself. */
const LONGEST_FORMULATION_TARGET = 12;

/**
 * Every wording of a 提法 entry that is written correctly: its name, expansion, items and variants.
 */
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
 * Everything the check derives from the lists and the 提法 library before it reads a text: the
 * same for every check, so the command-line build derives it once (scripts/build-cli.mjs).
 */
export interface TypoTables {
  wrongForms: readonly WrongFormEntry[];
  /**
   * The wordings a one-character slip is measured against: 提法, expressions, then words of Party
   * work.
   */
  targets: Target[];
  lexicon: LexiconTables;
  confusables: ConfusableTables;
  nearMiss: NearMissTables;
  /** Over the targets of tier 3, in order. */
  shortWords: ShortWordTables;
}

/**
 * Short words of the genre only: a short expression or 提法 name is too often part of other words.
 */
const shortWordTargets = (targets: readonly Target[]) => targets.filter((t) => t.tier === 3);

export function typoTables(
  data: TypoData,
  formulations: readonly FormulationEntry[] = FORMULATIONS
): TypoTables {
  const targets: Target[] = [
    ...formulationTargets(formulations),
    // The lists' sources speak of whole lists, not of one expression: the message says what the
    // wording is.
    ...data.expressions.map((text) => ({ text, tier: 2 as const, what: "常用固定表述" })),
    ...data.vocabulary.map((text) => ({ text, tier: 3 as const, what: "党务工作常用词" })),
  ];
  return {
    wrongForms: data.wrongForms,
    targets,
    lexicon: lexiconTables(data, formulations.flatMap(formulationWordings)),
    confusables: confusableTables(data),
    nearMiss: nearMissTables(targets),
    shortWords: shortWordTables(shortWordTargets(targets)),
  };
}

const isTables = (source: TypoData | TypoTables): source is TypoTables => "nearMiss" in source;

/**
 * The 错别字 check of one text, by tiers of certainty: forms that are never correct; one-character
 * slips from a fixed expression or 提法; one-character slips from a word of Party work; and, as
 * warnings, a few confusions that depend on the words around them.
 */
export class TypoChecker {
  private readonly wrongForms: WrongFormFinder;
  private readonly nearMisses: NearMissFinder;
  private readonly shortWords: ShortWordFinder;

  /** From the lists and the library, or from the tables derived from them. */
  constructor(
    source: TypoData | TypoTables,
    formulations: readonly FormulationEntry[] = FORMULATIONS
  ) {
    const tables = isTables(source) ? source : typoTables(source, formulations);
    const lexicon = new Lexicon(tables.lexicon);
    const confusables = new Confusables(tables.confusables);
    this.wrongForms = new WrongFormFinder(tables.wrongForms, lexicon);
    this.nearMisses = new NearMissFinder(tables.targets, lexicon, confusables, tables.nearMiss);
    this.shortWords = new ShortWordFinder(
      shortWordTargets(tables.targets),
      lexicon,
      confusables,
      tables.shortWords
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
