// Builds the command-line checker into dist-cli/: dangjian.js, which needs nothing but Node.js
// (bin/dangjian.cjs compiles and runs it: a script, so that V8's code cache serves it on Node 20),
// and beside it what src/cli/buildTables.ts makes from the data: content.json, the 提法 data as the
// check reads it (src/cli/shippedContent.ts), and checks.bin, the 提法 and 错别字 matchers made from
// the data, frozen (src/cli/shippedChecks.ts), so that a check does not make them at each start.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_BUNDLE = resolve(root, "dist-cli/dangjian.js");
const CONTENT_FILE = resolve(root, "dist-cli/content.json");
const CHECKS_FILE = resolve(root, "dist-cli/checks.bin");

/** The bundle reads the shipped tables instead of deriving them from the lists at each start. */
const shippedTables = {
  name: "shipped-tables",
  setup(build) {
    build.onResolve({ filter: /[\\/]shipped$/ }, ({ importer }) => {
      if (/[\\/]core[\\/]check[\\/]rules[\\/]typo\.ts$/.test(importer))
        return { path: resolve(root, "src/cli/shippedTypos.ts") };
      if (/[\\/]core[\\/]check[\\/]rules[\\/]formulation\.ts$/.test(importer))
        return { path: resolve(root, "src/cli/shippedMatchers.ts") };
      return undefined;
    });
    // The 提法 entries come from checks.bin, each as it is first needed.
    build.onResolve({ filter: /[\\/]content[\\/]phrases$/ }, () => ({
      path: resolve(root, "src/cli/shippedPhrases.ts"),
    }));
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
    const { contentFile, checksFile } = await import(pathToFileURL(script).href);
    return { [CONTENT_FILE]: contentFile(), [CHECKS_FILE]: checksFile() };
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
 * The checker as one function expression, `(require, __bundleUrl) => void`, that bin/dangjian.cjs
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
  // esbuild leaves characters beyond ASCII in regular expressions; escaped, the file reads as a
  // one-byte string (bin/dangjian.cjs), without decoding UTF-8.
  const code = outputFiles[0].text.replace(
    /[^\0-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  const name = createHash("sha256").update(code).digest("hex").slice(0, 16);
  return `// dangjian ${name}\n${code}`;
}

export async function buildCli() {
  const bundle = await bundleSource();
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  // The tables first: a new checker never reads older tables.
  for (const [path, contents] of Object.entries(await tableFiles())) writeInPlace(path, contents);
  for (const old of ["typos.json", "typos.bin", "shapes.json", "dangjian.mjs"])
    rmSync(resolve(root, "dist-cli", old), { force: true });
  writeInPlace(CLI_BUNDLE, bundle);
  return CLI_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildCli();
