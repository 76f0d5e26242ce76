// In the command-line build, src/content/phrases/index.ts: the 提法 entries as the build froze them
// (src/cli/shippedChecks.ts), each read when first asked for, and the phrase library made only if
// a command reads it.
import type { FormulationEntry, PhraseEntry } from "../content/phrases/types";
import { CLOSINGS } from "../content/phrases/writing/closings";
import { OPENINGS } from "../content/phrases/writing/openings";
import { PLANS } from "../content/phrases/writing/plans";
import { PROBLEMS } from "../content/phrases/writing/problems";
import { TRANSITIONS } from "../content/phrases/writing/transitions";
import { deferredArray } from "./deferredArray";
import { shippedEntries } from "./shippedChecks";

export const FORMULATIONS: readonly FormulationEntry[] = deferredArray(() => shippedEntries());

export const PHRASES: readonly PhraseEntry[] = deferredArray(() => [
  ...shippedEntries(),
  ...OPENINGS,
  ...TRANSITIONS,
  ...PROBLEMS,
  ...PLANS,
  ...CLOSINGS,
]);
