// Checks the 提法 data files (src/content/formulations/*.json) and any JSON files given as arguments:
// each mistake is said in Chinese with its file and line. Exit code 1 on any error.
//   npm run validate:content [-- 新提法.json …]    (--all also lists the reminders of the library's own files)
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const DIR = "src/content/formulations";

async function load() {
  const result = await build({
    entryPoints: [`${DIR}/validate.ts`],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  await mkdir("node_modules/.cache", { recursive: true });
  const file = `node_modules/.cache/validate-content-${process.pid}.mjs`;
  await writeFile(file, result.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

const { validateFormulationFile, validateTitleFile, validateLibrary, formatProblem } = await load();
const own = (await readdir(DIR))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => join(DIR, f));
const all = process.argv.includes("--all");
const given = process.argv.slice(2).filter((a) => a !== "--all");
const problems = [];
const checked = [];
for (const path of [...own, ...given]) {
  const name = relative(process.cwd(), path) || path;
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    problems.push({ file: name, line: 1, severity: "error", message: "无法读取文件" });
    continue;
  }
  if (basename(path) === "titles.json") problems.push(...validateTitleFile(name, text).problems);
  else {
    const result = validateFormulationFile(name, text);
    problems.push(...result.problems);
    checked.push({ file: name, result });
  }
}
problems.push(...validateLibrary(checked));
const index = await readFile(join(DIR, "index.ts"), "utf8");
for (const path of own) {
  const file = basename(path);
  if (file !== "titles.json" && !index.includes(`"./${file}"`))
    problems.push({
      file: join(DIR, "index.ts"),
      line: 1,
      severity: "error",
      message: `${file} 没有在 index.ts 中导入，检查和提法库都读不到它`,
    });
}
const ownNames = new Set(own);
const quiet = problems.filter((p) => p.severity === "warning" && ownNames.has(p.file) && !all);
for (const p of problems) if (!quiet.includes(p)) console.log(formatProblem(p));
if (quiet.length)
  console.log(
    `提法库自身的文件另有 ${quiet.length} 处提醒（多为未写明核对出处），加 --all 逐条列出。`
  );
const errors = problems.filter((p) => p.severity === "error").length;
const records = checked.reduce((n, c) => n + (c.result.ids?.length ?? 0), 0);
console.log(
  errors
    ? `发现 ${errors} 处错误、${problems.length - errors} 处提醒。`
    : `${checked.length} 个文件、${records} 条提法格式正确${problems.length ? `（${problems.length} 处提醒）` : ""}。`
);
process.exit(errors ? 1 : 0);
