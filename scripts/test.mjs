// npm test: lint, typecheck, unit and contract tests, a production build, then browser tests.
import { spawnSync } from "node:child_process";
import { chromiumPath } from "./chromium.mjs";

// What the steps need from the system, checked before the first step rather than after the slow
// ones.
function missingPrerequisites() {
  const missing = [];
  try {
    chromiumPath();
  } catch (error) {
    missing.push(error.message);
  }
  if (spawnSync("xmllint", ["--version"], { stdio: "ignore" }).error) {
    missing.push(
      "未找到 xmllint，无法离线校验清单。xmllint not found.\nDebian/Ubuntu: sudo apt-get install -y libxml2-utils"
    );
  }
  if (spawnSync("soffice", ["--version"], { stdio: "ignore" }).error) {
    missing.push(
      "未找到 LibreOffice（soffice），无法测试 LibreOffice 保存的 .docx。soffice not found.\nDebian/Ubuntu: sudo apt-get install -y libreoffice-writer-nogui"
    );
  }
  return missing;
}

const missing = missingPrerequisites();
if (missing.length > 0) {
  console.error(
    `${missing.join("\n\n")}\n\n一次安装全部所需：sudo apt-get install -y chromium fonts-noto-cjk libxml2-utils libreoffice-writer-nogui`
  );
  process.exit(1);
}

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const steps = [
  ["generated data (pinyin keys)", ["node", "scripts/build-pinyin.mjs"]],
  ["lint", ["eslint", "."]],
  ["formatting", ["prettier", "--check", "."]],
  ["typecheck", ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["unit and contract tests", ["vitest", "run"]],
  ["production build", ["webpack", "--mode", "production", "--no-stats"]],
  ["browser tests", ["vitest", "run", "--config", "vitest.browser.config.mts"]],
];

for (const [name, args] of steps) {
  console.log(`\n▶ ${name}: ${args.join(" ")}`);
  const result = spawnSync(npx, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log("\n✔ all checks passed");
