// How much the built command-line checker costs to start and check one report, beside Node.js doing
// nothing: CPU time (user + system) of each process, measured inside it (cpuAtExit.mjs), runs
// alternated.
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const PRELOAD = fileURLToPath(new URL("./cpuAtExit.mjs", import.meta.url));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A run's CPU time in ms; exit code 1 (a report with errors) is a normal outcome of `check`. */
function cpuOf(args) {
  const result = spawnSync(process.execPath, ["--import", pathToFileURL(PRELOAD).href, ...args], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
  });
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args.join(" ")} exited with ${result.status}`);
  return Number(String(result.output[3])) / 1000;
}

/**
 * Median CPU time of `node -e ""` and of `dangjian check REPORT`, alternated so both see the same
 * machine.
 */
export function cliStart(bin, report, runs = 21) {
  const bare = [];
  const cli = [];
  cpuOf([bin, "check", report]);
  for (let i = 0; i < runs; i++) {
    bare.push(cpuOf(["-e", ""]));
    cli.push(cpuOf([bin, "check", report]));
  }
  return { runs, node: median(bare), cli: median(cli) };
}
