// Computes the built-in phrase library's pinyin search keys into a JSON file the task pane bundles,
// so the pinyin library itself never ships in the initial bundle. Not kept in git: made by `npm ci`
// (prepare), `npm run build` (prebuild) and `npm test`; run it by hand after changing the phrases.
import { mkdir, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export async function computeKeys() {
  const result = await build({
    stdin: {
      contents: `export { PHRASES } from "./src/content/phrases"; export { pinyinKeys } from "./src/core/pinyinKeys"; export { pinyin } from "pinyin-pro";`,
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  await mkdir("node_modules/.cache", { recursive: true });
  const file = `node_modules/.cache/pinyin-keys-${process.pid}.mjs`;
  await writeFile(file, result.outputFiles[0].text);
  const { PHRASES, pinyinKeys, pinyin } = await import(pathToFileURL(file).href);
  const toSyllables = (text) => pinyin(text, { toneType: "none", type: "array" });
  return Object.fromEntries(PHRASES.map((p) => [p.id, pinyinKeys(p.name, toSyllables)]));
}

export const KEYS_FILE = "src/content/phrases/pinyin.generated.json";

if (import.meta.url === `file://${process.argv[1]}`) {
  const keys = await computeKeys();
  await writeFile(KEYS_FILE, `${JSON.stringify(keys, null, 0).replace(/},"/g, '},\n"')}\n`);
  // On stderr: `npm pack --json` runs this (prepare) and reads stdout.
  console.error(`${Object.keys(keys).length} entries → ${KEYS_FILE}`);
}
