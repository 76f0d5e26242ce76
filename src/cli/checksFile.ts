// What dist-cli/checks.bin holds (src/cli/buildTables.ts writes it, src/cli/shippedChecks.ts reads
// it).
import type { Frozen } from "../core/frozen";
import type { FormulationMatchers } from "../core/formulation/shipped";
import type { TypoChecker } from "../core/typo";

/** The checks' matchers of the built-in library. */
export interface ShippedChecks {
  formulation: FormulationMatchers;
  typo: TypoChecker;
}

/** Each part frozen; the matchers point into the entries. */
export interface ChecksFile {
  entries: Frozen;
  checks: Frozen;
}
