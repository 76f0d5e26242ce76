// The checker's own data file (dist-cli/checks.bin) missing or cut short: the command says the
// installation is broken and stops, instead of calling every report unreadable.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runChild } from "../childProcess";

const ROOT = resolve(__dirname, "../..");
const REPORTS = ["annual-summary-agency.txt", "report-to-committee.txt"].map((name) =>
  resolve(ROOT, "tests/fixtures/reports", name)
);

/** A copy of the built checker, its checks.bin changed by `damage`. */
function installWith(damage: (checks: string) => void): string {
  const folder = mkdtempSync(join(tmpdir(), "dangjian-install-"));
  cpSync(resolve(ROOT, "bin"), join(folder, "bin"), { recursive: true });
  cpSync(resolve(ROOT, "dist-cli"), join(folder, "dist-cli"), { recursive: true });
  damage(join(folder, "dist-cli/checks.bin"));
  return folder;
}

const check = (folder: string) =>
  runChild(process.execPath, [join(folder, "bin/dangjian.cjs"), "check", ...REPORTS], {
    timeout: 60_000,
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" },
  });

describe("a broken installation", () => {
  it.each([
    ["missing", (checks: string) => rmSync(checks)],
    [
      "cut short",
      (checks: string) => writeFileSync(checks, readFileSync(checks).subarray(0, 100_000)),
    ],
  ])(
    "with checks.bin %s stops with one message and exit code 2",
    async (_, damage) => {
      const run = await check(installWith(damage));
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("checks.bin 缺失或已损坏");
      expect(run.stderr).toContain("重新安装");
      expect(run.stdout).not.toContain("无法读取");
    },
    120_000
  );
});
