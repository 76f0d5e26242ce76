/* global document, MutationObserver, requestAnimationFrame, window -- watchFor and the evaluated callbacks run in the page */
// The task pane's first screens, side by side with a stand-in for Microsoft's React task-pane template
// (reference-pane/), in one run: the same office.js stand-in, headless Chromium, 350 × 800, runs alternating.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import { EsbuildPlugin } from "esbuild-loader";
import { chromium } from "playwright-core";
import webpack from "webpack";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";
import { serve } from "../serve.mjs";
import { initialJs } from "./taskpane.mjs";

const RUNS = 21;
const REFERENCE_DIST = resolve("node_modules/.cache/reference-pane");

/** Build the reference pane with the same webpack and minifier as ours, production mode. */
function buildReference() {
  const config = {
    mode: "production",
    entry: { taskpane: resolve("scripts/bench/reference-pane/index.tsx") },
    output: { path: REFERENCE_DIST, filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [{ test: /\.tsx?$/, loader: "esbuild-loader", options: { target: "es2019", jsx: "automatic" } }] },
    optimization: { minimizer: [new EsbuildPlugin({ target: "es2019", legalComments: "none", charset: "utf8" })] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: resolve("scripts/bench/reference-pane/taskpane.html"), scriptLoading: "defer" }),
      new CopyWebpackPlugin({ patterns: [{ from: resolve("assets/icon-80.png"), to: "assets/icon-80.png" }] }),
    ],
  };
  return new Promise((done, fail) => webpack(config, (error, stats) => (error || stats.hasErrors() ? fail(error ?? new Error(stats.toString("errors-only"))) : done())));
}

/** Records, in the page, when a button with this text is first drawn (the frame after it is in the DOM with a size). */
function watchFor(buttonText) {
  const seen = () => [...document.querySelectorAll("button")].some((b) => b.textContent.trim() === buttonText && b.getBoundingClientRect().height > 0);
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.__firstScreen = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function firstScreens(dist) {
  await buildReference();
  const stub = await readFile(new URL("./officeStub.js", import.meta.url), "utf8");
  const ours = await serve(resolve(dist));
  const reference = await serve(REFERENCE_DIST);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const panes = [
    { name: "ours", url: ours.url, button: "插入全文框架", firstScreen: [], firstRender: [] },
    { name: "reference", url: reference.url, button: "Insert text", firstScreen: [], firstRender: [] },
  ];
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const pane of run % 2 ? [...panes].reverse() : panes) {
        const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
        const page = await context.newPage();
        await page.route("**/office/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: stub }));
        await page.addInitScript(watchFor, pane.button);
        await page.goto(`${pane.url}taskpane.html`);
        await page.waitForFunction(() => window.__firstScreen !== undefined, undefined, { timeout: 30_000 });
        pane.firstScreen.push(await page.evaluate(() => window.__firstScreen));
        const render = await page.evaluate(() => performance.getEntriesByName("dangjian:first-render")[0]?.startTime);
        if (render !== undefined) pane.firstRender.push(render);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    ours.server.close();
    reference.server.close();
  }
  const [us, them] = panes;
  return {
    runs: RUNS,
    ours: { firstRender: median(us.firstRender), firstScreen: median(us.firstScreen), gzip: (await initialJs(dist)).gzip },
    reference: { firstScreen: median(them.firstScreen), gzip: (await initialJs(REFERENCE_DIST)).gzip },
    ratio: median(us.firstScreen) / median(them.firstScreen),
  };
}
