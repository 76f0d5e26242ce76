import { CAMPAIGNS } from "./formulations/campaigns";
import { CONDUCT } from "./formulations/conduct";
import { CONGRESS_REPORTS } from "./formulations/congressReports";
import { DOCUMENTS } from "./formulations/documents";
import { ORGANIZATION } from "./formulations/organization";
import { POLITICAL } from "./formulations/political";
import { RECENT } from "./formulations/recent";
import { RESPONSIBILITY } from "./formulations/responsibility";
import { THEORY } from "./formulations/theory";
import type { FormulationEntry, PhraseEntry } from "./types";
import { CLOSINGS } from "./writing/closings";
import { OPENINGS } from "./writing/openings";
import { PLANS } from "./writing/plans";
import { PROBLEMS } from "./writing/problems";
import { TRANSITIONS } from "./writing/transitions";

export const FORMULATIONS: readonly FormulationEntry[] = [...POLITICAL, ...THEORY, ...CAMPAIGNS, ...ORGANIZATION, ...CONDUCT, ...RESPONSIBILITY, ...RECENT, ...CONGRESS_REPORTS, ...DOCUMENTS];

/** The built-in phrase library: formulations first, then writing phrases by part of a report. */
export const PHRASES: readonly PhraseEntry[] = [...FORMULATIONS, ...OPENINGS, ...TRANSITIONS, ...PROBLEMS, ...PLANS, ...CLOSINGS];
