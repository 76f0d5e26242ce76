// In the command-line build, the 提法 matcher's shapes of the built-in library
// (src/core/formulation/shipped.ts) as scripts/build-cli.mjs derived and wrote them beside the
// bundle.
import { readFileSync } from "node:fs";
import type { PreparedShapes } from "../core/formulation/prepared";

export function shippedShapes(): PreparedShapes {
  return JSON.parse(
    readFileSync(new URL("./shapes.json", import.meta.url), "utf8")
  ) as PreparedShapes;
}
