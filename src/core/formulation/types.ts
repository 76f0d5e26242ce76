import type { FormulationEntry } from "../../content/phrases/types";

/** Where a text departs from an entry's canonical wording, and what must stand there instead. */
export interface FormulationDeviation {
  /** Character range in the paragraph; end is exclusive. */
  start: number;
  end: number;
  /** What replaces the range: only the deviating part, so the rest of the sentence is untouched. */
  fix?: string;
  entry: FormulationEntry;
  kind: "item" | "order" | "missing" | "added" | "phrase" | "title";
  /**
   * The whole written wording where the range is only the clause that changed: overlaps are weighed
   * on it.
   */
  extent?: { start: number; end: number };
  /**
   * False where the text may be right on purpose: the finding asks to verify, it does not say
   * wrong.
   */
  certain: boolean;
  message: string;
}

/** A piece of a paragraph: a sentence, or an item of a list. */
export interface Span {
  start: number;
  end: number;
  text: string;
}
