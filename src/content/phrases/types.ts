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
