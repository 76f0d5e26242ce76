/* global document, requestAnimationFrame, window -- watchLive and the evaluated callbacks run in the page */
// The task pane's first screen side by side with Microsoft's React task-pane template, in one run:
// the same office.js stand-in, headless Chromium, 350 × 1000, runs alternating. The template's
// production build is ../shared/perf/office-addin-taskpane-react/dist where that folder exists;
// elsewhere a lighter stand-in for it (reference-pane/: no polyfills, a button without a handler)
// is built and timed, and said to be one.
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import { EsbuildPlugin } from "esbuild-loader";
import { chromium } from "playwright-core";
import webpack from "webpack";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";
import { serve } from "../serve.mjs";

const RUNS = 21;
/** Tall enough for the template's main button to be on screen, hit-testable at its centre. */
export const VIEWPORT = { width: 350, height: 1000 };
const TEMPLATE_DIST = resolve("../shared/perf/office-addin-taskpane-react/dist");
const STAND_IN_DIST = resolve("node_modules/.cache/reference-pane");
/**
 * Where the template's taskpane.html loads office.js from; the benchmark serves the same stand-in
 * there.
 */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * The stand-in for the template, built with the same webpack and minifier as ours, production mode.
 */
function buildStandIn() {
  const config = {
    mode: "production",
    entry: { taskpane: resolve("scripts/bench/reference-pane/index.tsx") },
    output: { path: STAND_IN_DIST, filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: "esbuild-loader",
          options: { target: "es2019", jsx: "automatic" },
        },
      ],
    },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: "es2019", legalComments: "none", charset: "utf8" })],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: resolve("scripts/bench/reference-pane/taskpane.html"),
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: resolve("assets/icon-80.png"), to: "assets/icon-80.png" }],
      }),
    ],
  };
  return new Promise((done, fail) =>
    webpack(config, (error, stats) =>
      error || stats.hasErrors() ? fail(error ?? new Error(stats.toString("errors-only"))) : done()
    )
  );
}

/**
 * In the page: the first frame at which the main button is live — drawn, not inert, enabled
 * (neither `disabled` nor Fluent's `aria-disabled`), the element hit at its centre, and React's
 * click handler attached to it.
 */
function watchLive(buttonText) {
  const live = () => {
    const button = [...document.querySelectorAll("button")].find(
      (b) => b.textContent.trim() === buttonText
    );
    if (!button || button.disabled || button.closest("[inert]")) return false;
    if (button.getAttribute("aria-disabled") === "true") return false;
    const box = button.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!hit || !button.contains(hit)) return false;
    const props = Object.keys(button).find((key) => key.startsWith("__reactProps$"));
    return props !== undefined && typeof button[props].onClick === "function";
  };
  const tick = () => (live() ? (window.__live = performance.now()) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
}

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => {
  const known = sorted(values.filter(Number.isFinite));
  return known[Math.floor(known.length / 2)];
};
/** The median and the spread (lowest, highest) of paired ratios ours / theirs. */
function paired(ours, theirs) {
  // A run without the figure (no first-paint entry, now and then, on a loaded machine) is left out,
  // pair and all.
  const ratios = ours.map((value, i) => value / theirs[i]).filter(Number.isFinite);
  const all = sorted(ratios);
  return {
    median: median(ratios),
    low: all[0],
    high: all[all.length - 1],
    q1: all[Math.floor(all.length / 4)],
    q3: all[Math.floor((3 * all.length) / 4)],
  };
}

/**
 * The gzip size of the scripts of a pane's folder that arrived before the main button was live
 * (office.js left out: both get the same).
 */
async function jsBefore(dist, urls) {
  let gzip = 0;
  for (const url of urls) {
    const path = decodeURIComponent(new URL(url).pathname);
    if (path.endsWith("office.js")) continue;
    gzip += gzipSync(await readFile(join(dist, path)), { level: 9 }).length;
  }
  return gzip;
}

async function time(browser, pane, stub) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.route("**/office/office.js", (route) =>
    route.fulfill({ contentType: "text/javascript", body: stub })
  );
  await page.route(OFFICE_CDN, (route) =>
    route.fulfill({ contentType: "text/javascript", body: stub })
  );
  await page.addInitScript(watchLive, pane.button);
  await page.goto(`${pane.url}taskpane.html`);
  await page.waitForFunction(() => window.__live !== undefined, undefined, { timeout: 30_000 });
  const seen = await page.evaluate(() => ({
    live: window.__live,
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    scripts: performance
      .getEntriesByType("resource")
      .filter((entry) => entry.name.endsWith(".js") && entry.responseEnd <= window.__live)
      .map((entry) => entry.name),
  }));
  await context.close();
  return { ...seen, js: await jsBefore(pane.dist, seen.scripts) };
}

export async function firstScreens(dist) {
  const real = existsSync(join(TEMPLATE_DIST, "taskpane.html"));
  if (!real) await buildStandIn();
  const template = real ? TEMPLATE_DIST : STAND_IN_DIST;
  const stub = await readFile(new URL("./officeStub.js", import.meta.url), "utf8");
  const servers = [await serve(resolve(dist)), await serve(template)];
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  // The machine's load (1-minute average) as the runs start and end: ratios taken on a busy machine
  // are noisier.
  const load = { before: loadavg()[0] };
  const panes = [
    { url: servers[0].url, dist: resolve(dist), button: "插入全文框架", runs: [] },
    { url: servers[1].url, dist: template, button: "Insert text", runs: [] },
  ];
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const pane of run % 2 ? [...panes].reverse() : panes)
        pane.runs.push(await time(browser, pane, stub));
    }
  } finally {
    await browser.close();
    for (const { server } of servers) server.close();
  }
  load.after = loadavg()[0];
  const [us, them] = panes;
  const of = (pane, key) => pane.runs.map((r) => r[key]);
  return {
    runs: RUNS,
    load,
    template: real
      ? "Microsoft's React task-pane template (production build)"
      : "a lighter stand-in for the template (no polyfills, no handler)",
    ours: {
      live: median(of(us, "live")),
      paint: median(of(us, "paint")),
      js: median(of(us, "js")),
    },
    theirs: {
      live: median(of(them, "live")),
      paint: median(of(them, "paint")),
      js: median(of(them, "js")),
    },
    live: paired(of(us, "live"), of(them, "live")),
    paint: paired(of(us, "paint"), of(them, "paint")),
  };
}
