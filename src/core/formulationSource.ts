import type { FormulationEntry } from "../content/phrases/types";

/** Where a formulation's wording stands, as users read it: 2022年：《中国共产党章程》, or undefined. */
export function formulationSource(entry: Pick<FormulationEntry, "source">): string | undefined {
  const { source } = entry;
  if (!source) return undefined;
  return source.document.includes(String(source.year)) ? source.document : `${source.year}年：${source.document}`;
}
