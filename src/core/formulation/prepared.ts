// What the canonical comparison derives from the library alone before it reads a text: the fixed
// phrases with the correct wordings near each, and the wordings whose words may be put in another
// order. The same at every start, so the command-line build derives it once (src/cli/buildTables.ts)
// and the matcher takes it instead of deriving it (FormulationMatcher's third argument).
import type { FormulationEntry } from "../../content/phrases/types";
import type { PhraseShape } from "./phrases";
import type { ReorderShape } from "./reordered";

/** The shapes as plain data: each names its entry by id. */
export interface PreparedShapes {
  phrases: Array<Omit<PhraseShape, "entry"> & { id: string }>;
  reorders: Array<Omit<ReorderShape, "entry"> & { id: string }>;
}

/** The shapes again, on the library's entries; an id the library lacks is an error. */
export function shapesOf(
  prepared: PreparedShapes,
  entries: readonly FormulationEntry[]
): { phrases: PhraseShape[]; reorders: ReorderShape[] } {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const entry = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`预先导出的提法形状中有库中没有的提法“${id}”`);
    return found;
  };
  return {
    phrases: prepared.phrases.map(({ id, ...shape }) => ({ entry: entry(id), ...shape })),
    reorders: prepared.reorders.map(({ id, ...shape }) => ({ entry: entry(id), ...shape })),
  };
}
