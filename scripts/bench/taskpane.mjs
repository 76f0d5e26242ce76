// Task pane weight and speed: initial JavaScript (raw, gzip) and first render in headless Chromium.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";
import { serve } from "../serve.mjs";

const RUNS = 9;

export async function initialJs(dist) {
  const html = await readFile(join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]).filter((src) => !src.includes("office.js"));
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const content = await readFile(join(dist, src));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { scripts, raw, gzip };
}

export async function firstRender(dist) {
  const stub = await readFile(new URL("./officeStub.js", import.meta.url), "utf8");
  const { server, url } = await serve(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const times = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route("**/office/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: stub }));
      await page.goto(`${url}taskpane.html`);
      await page.waitForFunction(() => performance.getEntriesByName("dangjian:first-render").length > 0);
      times.push(await page.evaluate(() => performance.getEntriesByName("dangjian:first-render")[0].startTime));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  times.sort((a, b) => a - b);
  return { runs: RUNS, median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}
