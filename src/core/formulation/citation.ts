import type { FormulationEntry } from "../../content/phrases/types";

/** A source date as users read it: 2022年, 2022年10月, 2022年10月16日. */
export function readableDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${y}年${m ? `${Number(m)}月` : ""}${d ? `${Number(d)}日` : ""}`;
}

/**
 * Where a formulation's wording stands, as users read it: 2022年：《中国共产党章程》, or undefined.
 */
export function formulationCitation(entry: Pick<FormulationEntry, "source">): string | undefined {
  const { source } = entry;
  if (!source) return undefined;
  const year = source.date.slice(0, 4);
  return !year || source.document.includes(year)
    ? source.document
    : `${readableDate(source.date)}：${source.document}`;
}
