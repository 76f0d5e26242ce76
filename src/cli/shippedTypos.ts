// In the command-line build, the checker of the shipped lists (src/core/typo/shipped.ts) from the
// tables scripts/build-cli.mjs derived and wrote beside the bundle.
import { readFileSync } from "node:fs";
import type { TypoTables } from "../core/typo";
import { TypoChecker } from "../core/typo";
import { unpackData } from "../core/packedData";

export function shippedTypoChecker(): TypoChecker {
  const file = readFileSync(new URL("./typos.bin", import.meta.url));
  return new TypoChecker(unpackData<TypoTables>(file));
}
