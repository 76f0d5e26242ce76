// What scripts/build-cli.mjs ships beside the bundle: the data the checks read, and the tables
// they derive from it, derived here once instead of at each start.
import { FORMULATION_FILES, TITLE_CATALOGUE } from "../content/formulations";
import type { FormulationEntry } from "../content/phrases/types";
import { FORMULATIONS } from "../content/phrases";
import { phraseShapes } from "../core/formulation";
import type { PreparedShapes } from "../core/formulation/prepared";
import { reorderShapes } from "../core/formulation/reordered";
import { packData } from "../core/packedData";
import { typoTables } from "../core/typo";
import { typoData } from "../core/typo/data";

/** dist-cli/typos.bin: the 错别字 check's tables (TypoTables). */
export const typosFile = (): Uint8Array => packData(typoTables(typoData()));

/**
 * What only the library and its editors read: how a wording is used, examples, notes, where it was
 * verified.
 */
const NOT_CHECKED = new Set(["usages", "examples", "note", "verified"]);

const checked = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (key, v: unknown) => (NOT_CHECKED.has(key) ? undefined : v));

/**
 * dist-cli/content.json: each 提法 data file by name, as the check reads it
 * (src/cli/shippedContent.ts).
 */
export function contentFile(): string {
  const files = Object.fromEntries(
    FORMULATION_FILES.map(({ file, data }) => [file.replace(/\.json$/, ""), checked(data)])
  );
  return JSON.stringify({ ...files, titles: checked(TITLE_CATALOGUE) });
}

/** The 提法 matcher's shapes of a library, every shelter found now rather than when first needed. */
export function prepareShapes(entries: readonly FormulationEntry[]): PreparedShapes {
  return {
    phrases: phraseShapes(entries).map(({ entry, text, shelters }) => ({
      id: entry.id,
      text,
      shelters: [...shelters],
    })),
    reorders: reorderShapes(entries).map(({ entry, ...shape }) => ({ id: entry.id, ...shape })),
  };
}

/** dist-cli/shapes.json: the built-in library's (src/cli/shippedShapes.ts). */
export const shapesFile = (): string => JSON.stringify(prepareShapes(FORMULATIONS));
