// In the command-line build, the 提法 data files (src/content/formulations/*.json) as they were
// written for it: one file beside the bundle, read and parsed the first time a data file is used
// (a check reads the entries from checks.bin instead), without what only the task pane's library
// shows.
import { readFileSync } from "node:fs";
import { deferred } from "./deferred";

let files: Record<string, object> | undefined;

/** The data file of that name (without .json), read when first used. */
export function shippedContent(name: string): unknown {
  return deferred(
    {},
    () =>
      (files ??= JSON.parse(
        readFileSync(new URL("./content.json", import.meta.url), "utf8")
      ) as Record<string, object>)[name]!
  );
}
