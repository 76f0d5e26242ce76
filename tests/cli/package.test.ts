import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocx, para } from "../fixtures/docx/package";
import { TYPED } from "../fixtures/docx/report";
import { runChild } from "../childProcess";

const ROOT = resolve(__dirname, "../..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/**
 * The package a reviewer installs: `npm pack`, then a global install with no development
 * dependencies and no network.
 */
describe("the packed command-line checker", () => {
  it("installs from its tarball with nothing but Node.js and checks a .docx and a .txt", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dangjian-pack-"));
    const packed = await runChild(npm, ["pack", "--pack-destination", dir, "--json"], {
      cwd: ROOT,
      timeout: 120_000,
    });
    expect(packed.status, packed.stderr).toBe(0);
    const [{ filename, files }] = JSON.parse(packed.stdout) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    // Only the checker: no sources, tests or task pane.
    expect(files.map((f) => f.path).sort()).toEqual([
      "README.md",
      "bin/dangjian.cjs",
      "dist-cli/checks.bin",
      "dist-cli/content.json",
      "dist-cli/dangjian.js",
      "package.json",
    ]);

    const prefix = join(dir, "prefix");
    const installed = await runChild(
      npm,
      [
        "install",
        "--global",
        "--prefix",
        prefix,
        join(dir, filename),
        "--omit=dev",
        "--offline",
        "--no-audit",
        "--no-fund",
      ],
      { timeout: 120_000 }
    );
    expect(installed.status, installed.stderr).toBe(0);
    const modules = join(
      prefix,
      process.platform === "win32" ? "node_modules" : "lib/node_modules"
    );
    expect(readdirSync(modules)).toEqual(["dangjian-writer"]);

    writeFileSync(
      join(dir, "总结.docx"),
      buildDocx({
        body: TYPED.map((t, i) => para(i === 4 ? t.replace("2名", "XX名") : t)).join(""),
      })
    );
    writeFileSync(join(dir, "总结.txt"), TYPED.join("\n"));
    const bin = join(prefix, process.platform === "win32" ? "dangjian.cmd" : "bin/dangjian");
    const run = await runChild(
      bin,
      ["check", join(dir, "总结.docx"), join(dir, "总结.txt"), "--format", "json"],
      { cwd: tmpdir(), timeout: 60_000 }
    );
    expect(run.status, run.stderr).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ findings: Array<{ text: string }> }>;
    expect(results.map((r) => r.findings.map((f) => f.text))).toEqual([["XX"], []]);
  }, 360_000);
});
