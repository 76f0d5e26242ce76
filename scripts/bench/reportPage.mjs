// The batch report of 10,000 files in Chromium: time to open it, and a sort click to the next
// frame.
/* global requestAnimationFrame -- used inside page.evaluate, which runs in the browser */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";

export async function reportPage(runs = 3) {
  const dir = mkdtempSync(join(tmpdir(), "dangjian-bench-report-"));
  const script = join(dir, "write.mjs");
  await build({
    entryPoints: ["scripts/bench/reportPageHtml.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: script,
    logLevel: "silent",
  });
  const html = join(dir, "report.html");
  spawnSync(process.execPath, [script, html], { stdio: "inherit" });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const open = [];
  const sort = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const start = Date.now();
    await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
    );
    open.push(Date.now() - start);
    const button = page.getByRole("button", { name: "文件" });
    const clicked = Date.now();
    await button.click();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
    );
    sort.push(Date.now() - clicked);
    await page.close();
  }
  await browser.close();
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { open: median(open), sort: median(sort), runs };
}
