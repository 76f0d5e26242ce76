import type { TemplateText } from "../types";

export const PHRASE_CATEGORIES = [
  "政治建设",
  "思想理论武装",
  "主题教育与学习教育",
  "组织建设",
  "党员教育管理",
  "作风建设",
  "纪律与廉政建设",
  "意识形态",
  "责任落实",
  "党建与业务融合",
  "开头",
  "过渡",
  "问题不足",
  "工作打算",
  "结尾",
] as const;

export type PhraseCategory = (typeof PHRASE_CATEGORIES)[number];

/** Another wording in force, accepted wherever the canonical one is, with where it stands. */
export interface Variant {
  text: string;
  source: string;
}

/**
 * How the checker compares a text with an entry's wording (core/formulation):
 * - list: the items in their canonical order; `intro` adds words that present the whole list
 *   (the entry's name always does), so that a missing or added item can be told;
 * - phrase: a fixed wording checked character by character;
 * - title: a document's title, checked where it stands between 《》;
 * - none: the wording is descriptive, not fixed.
 */
export type FormulationMatch =
  | { kind: "list"; items: readonly string[]; intro?: readonly string[] }
  | { kind: "phrase"; text: string }
  | { kind: "title"; text: string }
  | { kind: "none" };

/**
 * Where a wording stands, and where it was compared character by character (or why it could not
 * be).
 */
export interface FormulationSource {
  document: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  verified?: string;
  /** Set where the primary text could not be seen: findings are then only warnings. */
  unverified?: string;
}

/** A sentence misquoting a formulation, and the same sentence with the canonical wording. */
export interface WrongExample {
  text: string;
  fixed: string;
  kind: string;
}

/** A standard formulation (提法): its short name and its exact official wording. */
export interface FormulationEntry {
  kind: "formulation";
  id: string;
  category: PhraseCategory;
  /** The short name, e.g. 四个意识. */
  name: string;
  /** The wording as inserted: the canonical wording, a title within 《》. */
  expansion: string;
  /** Sentences that use it, in our own words. */
  usages: readonly string[];
  source?: FormulationSource;
  status: "current" | "historical";
  /** For a historical formulation: the entry that replaced it. */
  supersededBy?: string;
  period?: { since?: string; until?: string };
  /** Regional use, or several official wordings: said here, and none of them is marked wrong. */
  note?: string;
  match: FormulationMatch;
  variants?: readonly Variant[];
  /** Sentences that test the check: misquotes with their fix, tempting correct sentences. */
  examples: { wrong: readonly WrongExample[]; right: readonly string[] };
}

/** A reusable sentence or paragraph for a part of a report, with the templates' blanks. */
export interface WritingEntry {
  kind: "writing";
  id: string;
  category: PhraseCategory;
  name: string;
  text: TemplateText;
}

export type PhraseEntry = FormulationEntry | WritingEntry;
