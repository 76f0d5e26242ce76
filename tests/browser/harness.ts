import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
// @ts-expect-error plain ESM helpers shared with the scripts
import { chromiumArgs, chromiumPath } from "../../scripts/chromium.mjs";
// @ts-expect-error plain ESM helpers shared with the scripts
import { serve } from "../../scripts/serve.mjs";

export const DIST = resolve(__dirname, "../../dist");

export interface Harness {
  browser: Browser;
  url: string;
  /** A fresh page in a fresh context; every request it makes is recorded. */
  page(
    options?: Parameters<Browser["newContext"]>[0]
  ): Promise<{ page: Page; context: BrowserContext; requests: string[]; errors: string[] }>;
}

/** Serve dist/ and start Chromium once per test file. */
export function startBrowser(): Harness {
  const harness = {} as Harness;
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    if (!existsSync(resolve(DIST, "index.html")))
      throw new Error("dist/ is missing: run `npm run build` first (npm test does).");
    const { server, url } = await serve(DIST);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    harness.browser = browser;
    harness.url = url;
    harness.page = async (options) => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        ...options,
      });
      const page = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      page.on("pageerror", (error) => errors.push(error.message));
      return { page, context, requests, errors };
    };
    close = async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    };
  });
  afterAll(() => close());
  return harness;
}
