// Figures on the tree's shape: the largest files, import cycles, who imports the 检查 tab's code,
// and code lines wider than Prettier's width. node scripts/architecture.mjs [folder of the 检查
// tab's code]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cycles, importGraph, sourceFiles } from "./importGraph.mjs";

const ROOT = join(import.meta.dirname, "..");
const WIDTH = 100;
const checkCode = process.argv[2] ?? "src/taskpane/tabs/check/";

const files = ["src", "tests", "scripts"].flatMap((d) => sourceFiles(join(ROOT, d), ROOT));
const lines = (file) => readFileSync(join(ROOT, file), "utf8").split("\n");
const sizes = files.map((f) => [f, lines(f).length]).sort((a, b) => b[1] - a[1]);
console.log("largest files (lines):");
for (const [f, n] of sizes.slice(0, 5)) console.log(`  ${n}  ${f}`);

const graph = importGraph(ROOT, ["src", "tests", "scripts"]);
const found = cycles(importGraph(ROOT, ["src"]));
console.log(`import cycles in src: ${found.length}`);
for (const c of found) console.log(`  ${c.join(" → ")}`);

const outside = [...graph].filter(
  ([f, imports]) => !f.startsWith(checkCode) && imports.some((i) => i.startsWith(checkCode))
);
console.log(`files outside ${checkCode} importing it: ${outside.length}`);
for (const [f] of outside) console.log(`  ${f}`);

const wide = files.flatMap((f) =>
  lines(f).flatMap((l, i) => ([...l].length > WIDTH ? [`${f}:${i + 1}`] : []))
);
console.log(`code lines over ${WIDTH} characters: ${wide.length}`);
