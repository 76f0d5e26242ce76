import type { FormulationEntry, PhraseCategory, WrongForm, WritingEntry } from "./types";

type Options = Partial<Pick<FormulationEntry, "source" | "status" | "supersededBy" | "note">> & { wrong?: readonly WrongForm[] };

/** Shorthand for a formulation entry; keeps the data files readable. */
export function formulation(id: string, category: PhraseCategory, name: string, expansion: string, usages: readonly string[], options: Options = {}): FormulationEntry {
  const { wrong = [], status = "current", ...rest } = options;
  return { kind: "formulation", id, category, name, expansion, usages, status, wrongForms: wrong, ...rest };
}

export function writing(category: PhraseCategory, entries: ReadonlyArray<[id: string, name: string, text: string]>): WritingEntry[] {
  return entries.map(([id, name, text]) => ({ kind: "writing", id, category, name, text }));
}

const wrongForm = (kind: WrongForm["kind"]) => (text: string, reason: string, fix?: string): WrongForm => (fix ? { text, kind, reason, fix } : { text, kind, reason });
export const order = (text: string, reason = "顺序与规范表述不一致", fix?: string): WrongForm => wrongForm("order")(text, reason, fix);
export const character = wrongForm("character");
export const truncated = wrongForm("truncated");
export const outdated = wrongForm("outdated");
