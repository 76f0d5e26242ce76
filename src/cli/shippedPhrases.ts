// In the command-line build, src/content/phrases/index.ts: the 提法 entries as the build froze them
// (src/cli/shippedChecks.ts), each read when first asked for. No command reads the phrase library
// (PHRASES): one that imports it fails the build here, instead of every check loading it.
import type { FormulationEntry } from "../content/phrases/types";
import { deferred } from "./deferred";
import { shippedEntries } from "./shippedChecks";

export const FORMULATIONS: readonly FormulationEntry[] = deferred([], () => shippedEntries());
