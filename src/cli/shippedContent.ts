// In the command-line build, the 提法 data files (src/content/formulations/*.json) as the check
// reads them: one file beside the bundle, parsed once, without what only the task pane's library
// shows.
import { readFileSync } from "node:fs";

let files: Record<string, unknown> | undefined;

/** The data file of that name (without .json). */
export function shippedContent(name: string): unknown {
  files ??= JSON.parse(readFileSync(new URL("./content.json", import.meta.url), "utf8")) as Record<
    string,
    unknown
  >;
  return files[name];
}
