// In the command-line build, the 提法 matchers of the built-in library
// (src/core/formulation/shipped.ts) as the build made them (src/cli/shippedChecks.ts).
import type { FormulationMatchers } from "../core/formulation/shipped";
import { shippedChecks } from "./shippedChecks";

export const shippedMatchers = (): FormulationMatchers => shippedChecks().formulation;
