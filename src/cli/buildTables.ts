// What scripts/build-cli.mjs ships beside the bundle: the data the checks read, and the checks'
// matchers made from it, made here once instead of at each start.
import { FORMULATION_FILES, TITLE_CATALOGUE } from "../content/formulations";
import { toEntries } from "../content/formulations/load";
import type { FormulationFile, TitleCatalogue } from "../content/formulations/record";
import type { FormulationEntry } from "../content/phrases/types";
import { FormulationMatcher } from "../core/formulation";
import { HistoricalMatcher } from "../core/formulation/historical";
import { freeze } from "../core/frozen";
import { packData } from "../core/packedData";
import { TypoChecker, typoTables } from "../core/typo";
import { typoData } from "../core/typo/data";
import { checkClasses } from "./checkClasses";
import type { ChecksFile, ShippedChecks } from "./checksFile";

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

/**
 * The 提法 library as the command line reads it from content.json: the entries the shipped
 * matchers point into.
 */
export function contentLibrary(): {
  entries: FormulationEntry[];
  catalogue: TitleCatalogue;
} {
  const files = JSON.parse(contentFile()) as Record<string, unknown>;
  return {
    entries: toEntries(
      FORMULATION_FILES.map(({ file }) => ({
        file,
        data: files[file.replace(/\.json$/, "")] as FormulationFile,
      }))
    ),
    catalogue: files.titles as TitleCatalogue,
  };
}

/** The checks' matchers of a library. */
export function makeChecks(
  entries: readonly FormulationEntry[],
  catalogue: TitleCatalogue
): ShippedChecks {
  return {
    formulation: {
      known: new HistoricalMatcher(entries),
      canonical: new FormulationMatcher(entries, catalogue),
    },
    typo: new TypoChecker(typoTables(typoData(), entries)),
  };
}

/**
 * Arrays read from the file in parts as a check first needs them: the lazy items' texts and the
 * known words, which most checks never ask about.
 */
const DEFERRED = new Set(["text", "packedWords"]);

/** Arrays, Sets and Maps this long are read item by item, as a check first needs each. */
const LAZY_FROM = 32;

/**
 * dist-cli/checks.bin: the 提法 entries and the checks' matchers of the built-in library, frozen
 * (src/core/frozen), the matchers pointing into the entries (src/cli/shippedChecks.ts).
 */
export function checksFile(): Uint8Array {
  const { entries, catalogue } = contentLibrary();
  return packData(
    {
      // Each entry read when first asked for.
      entries: freeze(entries, { classes: {}, lazyFrom: 1 }),
      checks: freeze(makeChecks(entries, catalogue), {
        classes: checkClasses(),
        shared: entries,
        lazyFrom: LAZY_FROM,
      }),
    } satisfies ChecksFile,
    { deferred: (path) => DEFERRED.has(String(path.at(-1))) }
  );
}
