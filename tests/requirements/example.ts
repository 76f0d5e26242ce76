import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The example organisation file the playground serves and the README shows. */
export const EXAMPLE = readFileSync(
  resolve(__dirname, "../../examples/organisation-2026.json"),
  "utf8"
);
