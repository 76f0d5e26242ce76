// Builds the command-line checker into dist-cli/: dangjian.js, which needs nothing but Node.js
// (bin/dangjian.mjs compiles and runs it: a script, so that V8's code cache serves it on Node 20),
// and beside it what src/cli/buildTables.ts makes from the data: typos.bin, the tables the 错别字
// check derives from its word lists, read only when a check first needs them
// (src/cli/shippedTypos.ts), content.json, the 提法 data as the check reads it
// (src/cli/shippedContent.ts), and shapes.json, what the 提法 comparison derives from that data
// (src/cli/shippedShapes.ts).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_BUNDLE = resolve(root, "dist-cli/dangjian.js");
const TYPOS_FILE = resolve(root, "dist-cli/typos.bin");
const CONTENT_FILE = resolve(root, "dist-cli/content.json");
const SHAPES_FILE = resolve(root, "dist-cli/shapes.json");

/** The bundle reads the shipped tables instead of deriving them from the lists at each start. */
const shippedTables = {
  name: "shipped-tables",
  setup(build) {
    build.onResolve({ filter: /[\\/]shipped$/ }, ({ importer }) => {
      if (/[\\/]core[\\/]check[\\/]rules[\\/]typo\.ts$/.test(importer))
        return { path: resolve(root, "src/cli/shippedTypos.ts") };
      if (/[\\/]core[\\/]check[\\/]rules[\\/]formulation\.ts$/.test(importer))
        return { path: resolve(root, "src/cli/shippedShapes.ts") };
      return undefined;
    });
    // The 提法 data files are read from content.json, not compiled into the bundle as code.
    build.onLoad({ filter: /[\\/]content[\\/]formulations[\\/][^\\/]+\.json$/ }, ({ path }) => ({
      loader: "js",
      contents: `import { shippedContent } from ${JSON.stringify(resolve(root, "src/cli/shippedContent.ts"))};
export default shippedContent(${JSON.stringify(basename(path, ".json"))});`,
    }));
  },
};

/** The files the bundle reads, made by src/cli/buildTables.ts from the data in src/content. */
async function tableFiles() {
  const { outputFiles } = await build({
    entryPoints: [resolve(root, "src/cli/buildTables.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "warning",
  });
  const script = resolve(root, `node_modules/.cache/build-tables.${process.pid}.mjs`);
  mkdirSync(dirname(script), { recursive: true });
  writeFileSync(script, outputFiles[0].contents);
  try {
    const { typosFile, contentFile, shapesFile } = await import(pathToFileURL(script).href);
    return {
      [TYPOS_FILE]: typosFile(),
      [CONTENT_FILE]: contentFile(),
      [SHAPES_FILE]: shapesFile(),
    };
  } finally {
    rmSync(script, { force: true });
  }
}

/** Written beside and renamed into place: a checker starting meanwhile never reads half a file. */
function writeInPlace(path, contents) {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, contents);
  renameSync(partial, path);
}

/**
 * The checker as one function expression, `(require, __bundleUrl) => void`, that bin/dangjian.mjs
 * compiles and calls. Its first line names its content: compile caches are kept by that name.
 * A module loaded on demand (`await import()`) is evaluated only when it is first imported.
 */
export async function bundleSource({ minify = true } = {}) {
  const { outputFiles } = await build({
    entryPoints: [resolve(root, "src/cli/bin.ts")],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify,
    legalComments: "eof",
    logLevel: "warning",
    write: false,
    define: { "import.meta.url": "__bundleUrl" },
    banner: { js: "(function (require, __bundleUrl) {" },
    footer: { js: "})" },
    plugins: [shippedTables],
  });
  const code = outputFiles[0].text;
  const name = createHash("sha256").update(code).digest("hex").slice(0, 16);
  return `// dangjian ${name}\n${code}`;
}

export async function buildCli() {
  const bundle = await bundleSource();
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  // The tables first: a new checker never reads older tables.
  for (const [path, contents] of Object.entries(await tableFiles())) writeInPlace(path, contents);
  for (const old of ["typos.json", "dangjian.mjs"])
    rmSync(resolve(root, "dist-cli", old), { force: true });
  writeInPlace(CLI_BUNDLE, bundle);
  return CLI_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildCli();
