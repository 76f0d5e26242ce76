import { typoData } from "./data";
import { TypoChecker } from ".";

/**
 * The checker of the shipped lists, made at the first check. The command-line build puts
 * src/cli/shippedTypos.ts in this module's place: it reads the tables derived at build time.
 */
export function shippedTypoChecker(): TypoChecker {
  return new TypoChecker(typoData());
}
