import type { WritingEntry, PhraseCategory } from "./types";

export function writing(
  category: PhraseCategory,
  entries: ReadonlyArray<[id: string, name: string, text: string]>
): WritingEntry[] {
  return entries.map(([id, name, text]) => ({ kind: "writing", id, category, name, text }));
}
