// How much the built command-line checker costs to start and check one report, beside Node.js doing
// nothing: CPU time (user + system) of each process, measured inside it (cpuAtExit.cjs), runs
// alternated. Warm runs share one compile cache, as a user's repeated runs do; each cold run
// starts with an empty one, as the first run after an install or an update does.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PRELOAD = fileURLToPath(new URL("./cpuAtExit.cjs", import.meta.url));

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
/** The middle half of the runs: [first quartile, third quartile]. */
const spread = (values) => {
  const s = sorted(values);
  return [s[Math.floor((s.length - 1) / 4)], s[Math.ceil(((s.length - 1) * 3) / 4)]];
};

/** A run's CPU time in ms; exit code 1 (a report with errors) is a normal outcome of `check`. */
function cpuOf(args, env = {}) {
  const result = spawnSync(process.execPath, ["-r", PRELOAD, ...args], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "", ...env },
  });
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args.join(" ")} exited with ${result.status}`);
  return Number(String(result.output[3])) / 1000;
}

/**
 * Median CPU time of `node -e ""` and of `dangjian check REPORT`, warm and cold, alternated so all
 * see the same machine; with the middle half of each.
 */
export function cliStart(bin, report, runs = 21) {
  const folder = mkdtempSync(join(tmpdir(), "dangjian-bench-"));
  const warmCache = { NODE_COMPILE_CACHE: join(folder, "warm") };
  const bare = [];
  const cli = [];
  const cold = [];
  try {
    cpuOf([bin, "check", report], warmCache);
    for (let i = 0; i < runs; i++) {
      bare.push(cpuOf(["-e", ""]));
      cli.push(cpuOf([bin, "check", report], warmCache));
      cold.push(cpuOf([bin, "check", report], { NODE_COMPILE_CACHE: join(folder, `cold${i}`) }));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  // Each run beside the node -e "" run just before it: the machine's load changes less between
  // the two than over the whole series.
  const warmRatio = cli.map((c, i) => c / bare[i]);
  const coldRatio = cold.map((c, i) => c / bare[i]);
  return {
    runs,
    node: median(bare),
    cli: median(cli),
    cold: median(cold),
    spread: { node: spread(bare), cli: spread(cli), cold: spread(cold) },
    ratio: { warm: median(warmRatio), cold: median(coldRatio) },
    ratioSpread: { warm: spread(warmRatio), cold: spread(coldRatio) },
  };
}
