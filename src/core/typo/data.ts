// The 错别字 check's data (src/content/typos), bundled with the check and nowhere else.
import allowedVariants from "../../content/typos/allowedVariants.json";
import commonWords from "../../content/typos/commonWords.json";
import expressions from "../../content/typos/expressions.json";
import readings from "../../content/typos/readings.generated.json";
import similarShapes from "../../content/typos/similarShapes.json";
import vocabulary from "../../content/typos/vocabulary.json";
import wrongForms from "../../content/typos/wrongForms.json";

export type TypoKind = "形近" | "同音" | "其他";

/** A form that is never correct, with its correct form and where that is stated. */
export interface WrongFormEntry {
  wrong: string;
  right: string;
  kind: TypoKind;
  evidence: string;
}

/** Everything the check reads; tests build their own. */
export interface TypoData {
  wrongForms: readonly WrongFormEntry[];
  /** Fixed expressions and 成语 the genre uses. */
  expressions: readonly string[];
  /** Words of Party work. */
  vocabulary: readonly string[];
  /** Ordinary correct words: what is itself a word is never a near-miss. */
  commonWords: readonly string[];
  /** Pairs of forms both allowed (GF 1001-2001): neither is flagged. */
  allowedVariants: ReadonlyArray<readonly string[]>;
  /** Strings of characters easily confused by shape. */
  shapeGroups: readonly string[];
  /** Toneless syllable → the characters read so. */
  readings: Readonly<Record<string, string>>;
  /** Where each list comes from, as the findings cite it. */
  sources: { wrongForms: string; expressions: string; vocabulary: string; shapes: string };
}

let data: TypoData | undefined;

/**
 * The shipped data, read at the first check: the command-line build keeps the lists in a file
 * beside the checker (scripts/build-cli.mjs), so that `dangjian --help` does not read them.
 */
export function typoData(): TypoData {
  return (data ??= {
    wrongForms: wrongForms.entries as WrongFormEntry[],
    expressions: expressions.entries,
    vocabulary: vocabulary.entries,
    commonWords: commonWords.entries,
    allowedVariants: allowedVariants.entries,
    shapeGroups: similarShapes.groups,
    readings: readings.readings,
    sources: {
      wrongForms: wrongForms.source,
      expressions: expressions.source,
      vocabulary: vocabulary.source,
      shapes: similarShapes.source,
    },
  });
}
