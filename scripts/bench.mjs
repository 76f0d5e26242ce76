// npm run bench: prints the figures behind the speed and size goals.
import { spawnSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { cpus } from "node:os";
import { build as esbuild } from "esbuild";
import { buildCli } from "./build-cli.mjs";
import { cliStart } from "./bench/cliStart.mjs";
import { playgroundTyping } from "./bench/playgroundTyping.mjs";
import { reportPage } from "./bench/reportPage.mjs";
import { firstScreens, VIEWPORT } from "./bench/firstScreen.mjs";
import { initialJs } from "./bench/taskpane.mjs";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const build = spawnSync(npx, ["webpack", "--mode", "production", "--no-stats"], {
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);

const js = await initialJs("dist");
console.log(
  `task pane initial JS: ${js.raw} bytes raw (${kb(js.raw)}), ${js.gzip} bytes gzip (${kb(js.gzip)}) [target ≤ 110 KB gzip]`
);
const screens = await firstScreens("dist");
const ms = (value) => `${value.toFixed(0)} ms`;
const spread = (r) =>
  `${r.median.toFixed(2)}× (quartiles ${r.q1.toFixed(2)}–${r.q3.toFixed(2)}, range ${r.low.toFixed(2)}–${r.high.toFixed(2)})`;
console.log(
  `task pane first screen beside ${screens.template}: ${screens.runs} runs each, alternating, ${VIEWPORT.width} × ${VIEWPORT.height}, from navigation (load average ${screens.load.before.toFixed(2)} at the start, ${screens.load.after.toFixed(2)} at the end, ${cpus().length} CPUs):`
);
console.log(
  `  main button live (not inert, enabled, hit at its centre, React's click handler attached): ours ${ms(screens.ours.live)}, template ${ms(screens.theirs.live)}; paired ratio ${spread(screens.live)} [target ≤ 0.8×]`
);
console.log(
  `  first paint: ours ${ms(screens.ours.paint)}, template ${ms(screens.theirs.paint)}; paired ratio ${spread(screens.paint)}`
);
console.log(
  `  JavaScript arrived before the button was live (gzip, office.js left out): ours ${kb(screens.ours.js)}, template ${kb(screens.theirs.js)} [target ≤ the template's]`
);

const typing = await playgroundTyping("dist");
console.log(
  `playground typing in one paragraph of ${(typing.chars / 1e6).toFixed(1)} million characters: median ${typing.median} ms, max ${typing.max} ms from key press to the next frame over ${typing.keys} keys`
);

const report = await reportPage();
console.log(
  `batch report of 10,000 files in Chromium: opened and drawn in ${report.open} ms, a sort by file name drawn in ${report.sort} ms (median of ${report.runs})`
);

await buildCli();
const start = cliStart("bin/dangjian.cjs", "tests/fixtures/reports/annual-summary-agency.txt");
const range = ([low, high]) => `${low.toFixed(0)}–${high.toFixed(0)}`;
const ratios = ([low, high]) => `${low.toFixed(2)}–${high.toFixed(2)}`;
console.log(
  `command line: CPU time of dangjian check on one report, median ${start.cli.toFixed(1)} ms (middle half ${range(start.spread.cli)}) with its compile cache, beside ${start.node.toFixed(1)} ms (${range(start.spread.node)}) for node -e "" over ${start.runs} alternating runs; each run beside the node run before it: ${start.ratio.warm.toFixed(2)}× (quartiles ${ratios(start.ratioSpread.warm)}) [target ≤ 1.5×]; a first run, writing the cache: ${start.cold.toFixed(1)} ms (${range(start.spread.cold)}), ${start.ratio.cold.toFixed(2)}× (quartiles ${ratios(start.ratioSpread.cold)})`
);

// Core benchmarks are TypeScript: bundle them for Node and run them in a child process.
await mkdir("node_modules/.cache", { recursive: true });
await esbuild({
  entryPoints: ["scripts/bench/core.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: "node_modules/.cache/bench-core.mjs",
  logLevel: "silent",
});
spawnSync(process.execPath, ["node_modules/.cache/bench-core.mjs"], { stdio: "inherit" });
