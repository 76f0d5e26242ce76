import type { FormulationEntry, FormulationMatch, PhraseCategory, Variant, WrongForm, WritingEntry } from "./types";

type Options = Partial<Pick<FormulationEntry, "source" | "status" | "supersededBy" | "note">> & {
  wrong?: readonly WrongForm[];
  /** How the checker compares; derived from the expansion when not given (see `derivedMatch`). */
  match?: FormulationMatch;
  variants?: readonly Variant[];
};

/** What separates the items of a list formulation. */
export const LIST_SEPARATORS = /[、，；]/;

/** A list's items as its wording gives them. */
export const listItems = (text: string): string[] => text.split(LIST_SEPARATORS).filter(Boolean);

/**
 * The comparison a wording implies: a title between 《》, a list of three or more short items
 * (四个意识, 三严三实), otherwise nothing: a longer wording is compared only when declared fixed.
 */
export function derivedMatch(expansion: string): FormulationMatch {
  const title = /^《([^《》]+)》$/.exec(expansion);
  if (title) return { kind: "title", text: title[1]! };
  const items = listItems(expansion);
  if (items.length >= 3 && items.every((i) => i.length >= 2 && i.length <= 14)) return { kind: "list", items };
  return { kind: "none" };
}

/** A fixed wording, checked character by character: the expansion, or a part of it. */
export const fixed = (text: string): FormulationMatch => ({ kind: "phrase", text });
/** A list whose items are not simply the expansion's parts, or that other words introduce. */
export const list = (items: string, intro?: readonly string[]): FormulationMatch => ({ kind: "list", items: listItems(items), ...(intro ? { intro } : {}) });
export const notFixed: FormulationMatch = { kind: "none" };

/** Shorthand for a formulation entry; keeps the data files readable. */
export function formulation(id: string, category: PhraseCategory, name: string, expansion: string, usages: readonly string[], options: Options = {}): FormulationEntry {
  const { wrong = [], status = "current", match = derivedMatch(expansion), ...rest } = options;
  return { kind: "formulation", id, category, name, expansion, usages, status, wrongForms: wrong, match, ...rest };
}

export function writing(category: PhraseCategory, entries: ReadonlyArray<[id: string, name: string, text: string]>): WritingEntry[] {
  return entries.map(([id, name, text]) => ({ kind: "writing", id, category, name, text }));
}

const wrongForm = (kind: WrongForm["kind"]) => (text: string, reason: string, fix?: string): WrongForm => (fix ? { text, kind, reason, fix } : { text, kind, reason });
export const order = (text: string, reason = "顺序与规范表述不一致", fix?: string): WrongForm => wrongForm("order")(text, reason, fix);
export const character = wrongForm("character");
export const truncated = wrongForm("truncated");
export const outdated = wrongForm("outdated");
