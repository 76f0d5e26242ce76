// What the canonical comparison derives from the library alone before it reads a text: the fixed
// phrases with the correct wordings near each, and the wordings whose words may be put in another
// order. The same at every start, so the command-line build derives it once
// (src/cli/buildTables.ts) and the matcher takes it instead of deriving it (FormulationMatcher's
// third argument).
import type { FormulationEntry } from "../../content/phrases/types";
import type { PhraseShape } from "./phrases";
import type { ReorderShape } from "./reordered";

/** The shapes as plain data: each names its entry by id. */
export interface PreparedShapes {
  phrases: Array<Omit<PhraseShape, "entry"> & { id: string }>;
  reorders: Array<Omit<ReorderShape, "entry"> & { id: string }>;
}

/**
 * The shapes again, on the library's entries: each prepared shape is given its entry in place
 * (copying a thousand shapes costs more than the rest of this). An id the library lacks is an
 * error.
 */
export function shapesOf(
  prepared: PreparedShapes,
  entries: readonly FormulationEntry[]
): { phrases: PhraseShape[]; reorders: ReorderShape[] } {
  const byId = new Map<string, FormulationEntry>();
  for (const e of entries) byId.set(e.id, e);
  const withEntries = <S extends { id: string }>(shapes: S[]) => {
    for (const shape of shapes) {
      const entry = byId.get(shape.id);
      if (!entry) throw new Error(`预先导出的提法形状中有库中没有的提法“${shape.id}”`);
      (shape as S & { entry: FormulationEntry }).entry = entry;
    }
    return shapes as Array<S & { entry: FormulationEntry }>;
  };
  return { phrases: withEntries(prepared.phrases), reorders: withEntries(prepared.reorders) };
}
