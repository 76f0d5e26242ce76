import type { FormulationEntry, FormulationMatch } from "../phrases/types";
import type { CompareSpec, FormulationFile, FormulationRecord } from "./record";
import { splitItems } from "./validate";

function match(record: FormulationRecord): FormulationMatch {
  const c: CompareSpec = record.compare;
  switch (c.kind) {
    case "list":
      return {
        kind: "list",
        items: c.items ?? splitItems(record.wording),
        ...(c.intro ? { intro: c.intro } : {}),
      };
    case "phrase":
      return { kind: "phrase", text: c.text ?? record.wording };
    case "title":
      return { kind: "title", text: record.wording };
    case "none":
      return { kind: "none" };
    default:
      throw new Error(
        `提法“${(record as FormulationRecord).id}”的比对方式“${(c as { kind: string }).kind}”无法识别`
      );
  }
}

/** A record as the library and the checks read it. */
export function toEntry(
  record: FormulationRecord,
  category: FormulationFile["category"]
): FormulationEntry {
  const m = match(record);
  const { since, until, supersededBy } = record.period ?? {};
  return {
    kind: "formulation",
    id: record.id,
    category,
    name: record.name,
    expansion: m.kind === "title" ? `《${record.wording}》` : record.wording,
    usages: record.usages,
    status: record.status,
    match: m,
    examples: { wrong: record.examples?.wrong ?? [], right: record.examples?.right ?? [] },
    ...(record.source ? { source: record.source } : {}),
    ...(supersededBy ? { supersededBy } : {}),
    ...(since || until
      ? { period: { ...(since ? { since } : {}), ...(until ? { until } : {}) } }
      : {}),
    ...(record.note ? { note: record.note } : {}),
    ...(record.variants?.length ? { variants: record.variants } : {}),
  };
}

/** Every record of some data files, in file order; an id met twice is an error. */
export function toEntries(
  files: ReadonlyArray<{ file: string; data: FormulationFile }>
): FormulationEntry[] {
  const seen = new Set<string>();
  return files.flatMap(({ file, data }) =>
    data.records.map((r) => {
      if (seen.has(r.id)) throw new Error(`${file}：提法 id“${r.id}”重复`);
      seen.add(r.id);
      return toEntry(r, data.category);
    })
  );
}
