// In the command-line build, the checker of the shipped lists (src/core/typo/shipped.ts) as the
// build made it (src/cli/shippedChecks.ts).
import type { TypoChecker } from "../core/typo";
import { shippedChecks } from "./shippedChecks";

export const shippedTypoChecker = (): TypoChecker => shippedChecks().typo;
