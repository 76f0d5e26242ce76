import type { PhraseCategory } from "../phrases/types";

/**
 * How a record says the checker compares a text with its wording (see RECORD_FORMAT in the README).
 */
export type CompareSpec =
  | { kind: "list"; items?: string[]; intro?: string[] }
  | { kind: "phrase"; text?: string }
  | { kind: "title" }
  | { kind: "none" };

export type ExampleKind =
  | "item"
  | "order"
  | "missing"
  | "added"
  | "character"
  | "dropped"
  | "inserted"
  | "title"
  | "outdated"
  | "qualifier";

export const EXAMPLE_KINDS: readonly ExampleKind[] = [
  "item",
  "order",
  "missing",
  "added",
  "character",
  "dropped",
  "inserted",
  "title",
  "outdated",
  "qualifier",
];

export interface RecordSource {
  document: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Where the wording was compared character by character. */
  verified?: string;
  /** Why it could not be: the check then only warns. */
  unverified?: string;
}

/** One 提法 as a data file states it. */
export interface FormulationRecord {
  id: string;
  name: string;
  wording: string;
  compare: CompareSpec;
  status: "current" | "historical";
  period?: { since?: string; until?: string; supersededBy?: string };
  source?: RecordSource;
  variants?: Array<{ text: string; source: string }>;
  /** Regional use or several official wordings, shown beside the entry. */
  note?: string;
  usages: string[];
  examples?: {
    wrong?: Array<{ text: string; fixed: string; kind: ExampleKind }>;
    right?: string[];
  };
}

export interface FormulationFile {
  category: PhraseCategory;
  records: FormulationRecord[];
}

/** An entry of the title catalogue. */
export interface TitleRecord {
  title: string;
  /** 条例, 意见, 决定…: what sort of document. */
  kind?: string;
  issuer?: string;
  date?: string;
  status: "current" | "revised" | "replaced" | "abolished";
  replacedBy?: string;
  note?: string;
  verified?: string;
  /**
   * Why the title could not be seen in a primary text: a title near it then only gets a warning.
   */
  unverified?: string;
  /** Other ways the same title is printed (a space for the comma, without the issuer). */
  variants?: string[];
}

/** A real local or departmental title close to a central one: known, never corrected. */
export interface LocalTitle {
  title: string;
  issuer?: string;
  date?: string;
  resembles?: string;
  note?: string;
  verified?: string;
}

export interface TitleCatalogue {
  titles: TitleRecord[];
  localTitlesLike?: LocalTitle[];
}
