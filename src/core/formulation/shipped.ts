import type { FormulationMatcher } from ".";
import type { HistoricalMatcher } from "./historical";

/** The two matchers the 提法 rule reads a text with. */
export interface FormulationMatchers {
  known: HistoricalMatcher;
  canonical: FormulationMatcher;
}

/**
 * The matchers of the built-in library made beforehand: none here, the rule makes them. The
 * command-line build puts src/cli/shippedMatchers.ts in this module's place: it reads those made at
 * build time.
 */
export function shippedMatchers(): FormulationMatchers | undefined {
  return undefined;
}
