// How long the built command-line checker takes to start, beside Node.js doing nothing.
import { spawnSync } from "node:child_process";

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeRun(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited with ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median wall time of `node -e 0` and of `dangjian --help`, runs alternated so both see the same machine. */
export function cliStart(bin, runs = 21) {
  const bare = [];
  const cli = [];
  timeRun([bin, "--help"]);
  for (let i = 0; i < runs; i++) {
    bare.push(timeRun(["-e", "0"]));
    cli.push(timeRun([bin, "--help"]));
  }
  return { runs, node: median(bare), cli: median(cli) };
}
