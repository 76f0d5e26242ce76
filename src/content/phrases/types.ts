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

export type WrongKind = "order" | "character" | "truncated" | "outdated";

export interface WrongForm {
  text: string;
  kind: WrongKind;
  reason: string;
  /** What replaces the wrong text; the entry's expansion when not given. */
  fix?: string;
}

/** Another wording in force, accepted wherever the canonical one is, with where it stands. */
export interface Variant {
  text: string;
  source: string;
}

/**
 * How the checker compares a text with an entry's wording (core/canonical):
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

/** A standard formulation (提法): its short name and its exact official wording. */
export interface FormulationEntry {
  kind: "formulation";
  id: string;
  category: PhraseCategory;
  /** The short name, e.g. 四个意识. */
  name: string;
  /** The canonical expansion exactly as officially worded. */
  expansion: string;
  /** Sentences that use it, in our own words. */
  usages: readonly string[];
  source?: { year: number; document: string };
  status: "current" | "historical";
  /** For a historical formulation: the entry that replaced it. */
  supersededBy?: string;
  /** Regional use, or several official wordings: said here, and none of them is marked wrong. */
  note?: string;
  wrongForms: readonly WrongForm[];
  match: FormulationMatch;
  variants?: readonly Variant[];
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
