// Builds the command-line checker into dist-cli/: dangjian.mjs, which needs nothing but Node.js, and
// beside it typos.json, the 错别字 check's word lists, read only when a check first needs them.
import { build } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_BUNDLE = resolve(root, "dist-cli/dangjian.mjs");
const TYPOS = resolve(root, "src/content/typos");
const TYPOS_FILE = resolve(root, "dist-cli/typos.json");

/**
 * The typo lists (about 1 MB) would be read at every start, --help included: in the bundle each
 * list is a stand-in that reads dist-cli/typos.json at its first use.
 */
const lazyTypos = {
  name: "lazy-typos",
  setup(build) {
    build.onLoad({ filter: /[\\/]content[\\/]typos[\\/][^\\/]+\.json$/ }, ({ path }) => ({
      loader: "js",
      contents: `import { readFileSync } from "node:fs";
let all;
const list = () => (all ??= JSON.parse(readFileSync(new URL("./typos.json", import.meta.url), "utf8")))[${JSON.stringify(basename(path, ".json"))}];
export default new Proxy({}, { get: (_, key) => list()[key] });`,
    }));
  },
};

/** Every list of src/content/typos, by file name, as the stand-ins read them. */
function typoLists() {
  const names = readdirSync(TYPOS).filter((name) => name.endsWith(".json"));
  return JSON.stringify(
    Object.fromEntries(
      names.map((name) => [
        basename(name, ".json"),
        JSON.parse(readFileSync(resolve(TYPOS, name), "utf8")),
      ])
    )
  );
}

/** Written beside and renamed into place: a checker starting meanwhile never reads half a file. */
function writeInPlace(path, contents) {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, contents);
  renameSync(partial, path);
}

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
    plugins: [lazyTypos],
  });
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  // The lists first: a new checker never reads older lists.
  writeInPlace(TYPOS_FILE, typoLists());
  for (const file of outputFiles) writeInPlace(file.path, file.contents);
  return CLI_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildCli();
