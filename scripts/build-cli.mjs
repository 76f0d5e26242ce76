// Builds the command-line checker into one file, dist-cli/dangjian.mjs, that needs nothing but Node.js.
import { build } from "esbuild";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_BUNDLE = resolve(root, "dist-cli/dangjian.mjs");

export async function buildCli() {
  const { outputFiles } = await build({
    entryPoints: [resolve(root, "src/cli/bin.ts")],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: true,
    legalComments: "eof",
    logLevel: "warning",
    write: false,
  });
  // Written beside and renamed into place: a checker starting meanwhile never reads half a file.
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  for (const file of outputFiles) {
    const partial = `${file.path}.${process.pid}.tmp`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
  return CLI_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildCli();
