#!/usr/bin/env node
// The command-line checker, as built by `npm run build` (or `npm pack`) into dist-cli/: a script
// compiled here with V8's code cache, so that a repeated start does not compile it again. The cache
// is kept per user (NODE_COMPILE_CACHE names another folder, NODE_DISABLE_COMPILE_CACHE turns it
// off); a missing, stale or unwritable cache only costs the compilation.
"use strict";
// CommonJS: Node starts a script so without loading its ES module loader.
const {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require("node:fs");
const { createRequire } = require("node:module");
const { isAbsolute, join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { Script } = require("node:vm");

const bundle = join(__dirname, "..", "dist-cli", "dangjian.js");
/** Caches kept besides the current one: other installed versions, other commands. */
const KEPT = 8;

/**
 * The per-user cache folder, as the system names it; undefined when caching is off or the user has
 * no home folder.
 */
function cacheFolder() {
  try {
    return userCacheFolder();
  } catch {
    return undefined;
  }
}

function userCacheFolder() {
  const { env } = process;
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  if (env.NODE_COMPILE_CACHE) return env.NODE_COMPILE_CACHE;
  // HOME is what os.homedir() reads first; the module is loaded only where it is not set.
  const home = env.HOME || require("node:os").homedir();
  const base =
    process.platform === "win32"
      ? env.LOCALAPPDATA
      : process.platform === "darwin"
        ? join(home, "Library", "Caches")
        : isAbsolute(env.XDG_CACHE_HOME ?? "")
          ? env.XDG_CACHE_HOME
          : join(home, ".cache");
  // An empty HOME would put the cache in the working folder.
  return base && isAbsolute(base) ? join(base, "dangjian-writer") : undefined;
}

/** Written beside and renamed into place; the oldest caches beyond KEPT are removed. */
function storeCache(folder, file, data) {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
  const others = readdirSync(folder)
    .filter((name) => name.startsWith("checker-") && name.endsWith(".bin"))
    .map((name) => join(folder, name))
    .filter((path) => path !== file)
    .map((path) => ({ path, time: statSync(path).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of others.slice(KEPT)) rmSync(path, { force: true });
}

function run(source) {
  // The first line names the build (scripts/build-cli.mjs); a command compiles its own functions.
  const build = /^\/\/ dangjian (\w+)/.exec(source)?.[1] ?? "unnamed";
  const command = ["check", "format"].includes(process.argv[2]) ? process.argv[2] : "other";
  const folder = cacheFolder();
  const file =
    folder && join(folder, `checker-${build}-${command}-${process.version}-${process.arch}.bin`);
  let cachedData;
  try {
    if (file) cachedData = readFileSync(file);
  } catch {
    // No cache yet.
  }
  const script = new Script(source, { filename: bundle, cachedData });
  if (file && (!cachedData || script.cachedDataRejected)) {
    // At exit the cache also holds the functions this run compiled on first call.
    process.once("exit", () => {
      try {
        storeCache(folder, file, script.createCachedData());
      } catch {
        // An unwritable folder: the next start compiles again.
      }
    });
  }
  script.runInThisContext()(createRequire(bundle), pathToFileURL(bundle).href);
}

let source;
try {
  // The build writes ASCII only (scripts/build-cli.mjs): read so, it needs no decoding.
  source = readFileSync(bundle, "latin1");
} catch {
  process.stderr.write(
    "命令行检查器尚未构建：请在项目文件夹中先运行 npm run build。\nThe checker is not built yet: run `npm run build` in the project folder.\n"
  );
  process.exitCode = 2;
}
if (source !== undefined) run(source);
