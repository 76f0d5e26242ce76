// npm test: lint, typecheck, unit and contract tests, a production build, then browser tests.
import { spawnSync } from "node:child_process";
import { chromiumPath } from "./chromium.mjs";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const steps = [
  ["lint", ["eslint", "."]],
  ["typecheck", ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["unit and contract tests", ["vitest", "run"]],
  ["production build", ["webpack", "--mode", "production", "--no-stats"]],
  ["browser tests", ["vitest", "run", "--config", "vitest.browser.config.mts"]],
];

for (const [name, args] of steps) {
  if (name === "browser tests") {
    try {
      chromiumPath();
    } catch (error) {
      console.error(`\n${error.message}`);
      process.exit(1);
    }
  }
  console.log(`\n▶ ${name}: ${args.join(" ")}`);
  const result = spawnSync(npx, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log("\n✔ all checks passed");
