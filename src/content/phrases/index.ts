import { FORMULATION_FILES } from "../formulations";
import { toEntries } from "../formulations/load";
import type { FormulationEntry, PhraseEntry } from "./types";
import { CLOSINGS } from "./writing/closings";
import { OPENINGS } from "./writing/openings";
import { PLANS } from "./writing/plans";
import { PROBLEMS } from "./writing/problems";
import { TRANSITIONS } from "./writing/transitions";

/** The 提法 records of src/content/formulations/*.json. */
export const FORMULATIONS: readonly FormulationEntry[] = toEntries(FORMULATION_FILES);

/** The built-in phrase library: formulations first, then writing phrases by part of a report. */
export const PHRASES: readonly PhraseEntry[] = [
  ...FORMULATIONS,
  ...OPENINGS,
  ...TRANSITIONS,
  ...PROBLEMS,
  ...PLANS,
  ...CLOSINGS,
];
