import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DIST, startBrowser } from "./harness";

const harness = startBrowser();

/** 提法 → 更多 → 设置 → 运行自检, and the table once it is there. */
async function runSelfTest(page: Page) {
  await page.getByRole("tab", { name: "提法" }).click();
  await page.getByRole("button", { name: "更多" }).click();
  await page.getByRole("menuitem", { name: "设置" }).click();
  await page.getByRole("button", { name: "运行自检" }).click();
  const table = page.getByTestId("self-test-table");
  await expect.poll(() => table.count(), { timeout: 20_000 }).toBe(1);
  return table;
}

const rows = async (page: Page) =>
  (await page.getByTestId("self-test-table").locator("tbody tr").allInnerTexts()).map((row) =>
    row.split("\t").slice(0, 2).join(" ")
  );

describe("the pane on the WPS host (the playground's fake WPS)", () => {
  it("inserts the skeleton into the WPS document, and 自检 passes every operation on a scratch document", async () => {
    const { page, context, errors } = await harness.page({
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${harness.url}?host=wps&pane=420`);
    await page.getByRole("button", { name: "插入全文框架" }).click();
    const paragraphs = page.getByLabel("文档").locator("[data-level]");
    await expect.poll(async () => (await paragraphs.allTextContents()).length).toBeGreaterThan(5);
    const written = await paragraphs.allTextContents();
    expect(written.some((text) => /^一、.*主要工作/.test(text))).toBe(true);
    expect(
      await paragraphs.evaluateAll(
        (els) => els.filter((el) => el.getAttribute("data-level") === "1").length
      )
    ).toBeGreaterThan(1);

    const table = await runSelfTest(page);
    expect(await table.locator("caption").innerText()).toContain("10/10 项通过");
    expect(await rows(page)).toContain("一键排版 通过");
    // The writer's document is as the pane left it: the scratch document was closed.
    expect(await paragraphs.allTextContents()).toEqual(written);
    await table.screenshot({ path: "test-results/selftest-wps.png" });
    await page.getByRole("dialog").screenshot({ path: "test-results/selftest-wps-dialog.png" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("runs 自检 on the playground's memory host too", async () => {
    const { page, context } = await harness.page({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${harness.url}?pane=420`);
    const table = await runSelfTest(page);
    expect(await table.locator("caption").innerText()).toContain("10/10 项通过");
    await table.screenshot({ path: "test-results/selftest-memory.png" });
    await context.close();
  });
});

/** The check's worker script, as the check tab's chunk names it. */
function workerFile(): string {
  const check = readFileSync(
    join(
      DIST,
      readdirSync(DIST).find((f) => f.startsWith("check."))!
    ),
    "utf8"
  );
  const id = /new Worker\(new URL\(\w+\.p\+\w+\.u\((\d+)\)/.exec(check)![1];
  return readdirSync(DIST).find((f) => f.startsWith(`${id}.`))!;
}

/**
 * The fake WPS as a script for the page: the built task pane runs on it as it would on WPS's
 * `Application`.
 */
async function fakeWpsScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, "../../src/host/wps/fake/FakeWps.ts")],
    bundle: true,
    format: "iife",
    globalName: "FakeWpsModule",
    write: false,
    target: "es2019",
  });
  return `${result.outputFiles[0]!.text}\nwindow.Application = new FakeWpsModule.FakeWps();`;
}

describe("the WPS 加载项's pages", () => {
  it("runs the built task pane on WPS's Application: its chunks and the check's worker load from beside its script", async () => {
    const { page, context, errors, requests } = await harness.page({
      viewport: { width: 420, height: 800 },
    });
    await page.addInitScript({ content: await fakeWpsScript() });
    await page.goto(`${harness.url}wps/taskpane.html`);
    await page.getByRole("button", { name: "插入全文框架" }).click();
    await expect.poll(() => page.getByText(/可用 WPS 的“撤消”/).count()).toBe(1);
    const texts = () =>
      page.evaluate(() =>
        (
          window as unknown as { Application: { ActiveDocument: { texts(): string[] } } }
        ).Application.ActiveDocument.texts()
      );
    expect((await texts()).length).toBeGreaterThan(5);
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "开始检查" }).click();
    await expect
      .poll(() => page.getByText(/未填写的空白/).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(requests.every((url) => url.startsWith(harness.url))).toBe(true);
    expect(requests).toContain(`${harness.url}${workerFile()}`);
    expect(requests.some((url) => url.includes("/office/"))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens the task pane from the ribbon button with synchronous callbacks, and the pane says where to open it outside WPS", async () => {
    const { page, context, requests } = await harness.page();
    await page.addInitScript(() => {
      const made: string[] = [];
      const storage = new Map<string, unknown>();
      const pane = { ID: "pane-1", Visible: false };
      (window as unknown as Record<string, unknown>).made = made;
      (window as unknown as Record<string, unknown>).wps = {
        CreateTaskPane: (url: string) => (made.push(url), pane),
        GetTaskPane: (id: string) => (id === pane.ID ? pane : undefined),
        PluginStorage: {
          getItem: (k: string) => storage.get(k),
          setItem: (k: string, v: unknown) => storage.set(k, v),
        },
      };
    });
    await page.goto(`${harness.url}wps/index.html`);
    const clicks = await page.evaluate(() => {
      const ribbon = (
        window as unknown as { ribbon: Record<string, (control?: { Id: string }) => unknown> }
      ).ribbon;
      const answers = [
        ribbon.OnAddinLoad!(),
        ribbon.OnAction!({ Id: "dangjianOpenPane" }),
        ribbon.OnAction!({ Id: "dangjianOpenPane" }),
        ribbon.GetImage!(),
      ];
      const w = window as unknown as {
        made: string[];
        wps: { GetTaskPane(id: string): { Visible: boolean } };
      };
      return { answers, made: w.made, visible: w.wps.GetTaskPane("pane-1").Visible };
    });
    expect(clicks.answers).toEqual([true, true, true, "icon-32.png"]);
    expect(clicks.made).toEqual([`${harness.url}wps/taskpane.html`]);
    expect(clicks.visible).toBe(false);

    await page.goto(`${harness.url}wps/taskpane.html`);
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("请在 WPS 文字中");
    expect(requests.some((url) => url.includes("office"))).toBe(false);
    await context.close();
  });

  it("builds the deployment files for ADDIN_BASE_URL and scripts an ES2019 Chromium can parse", () => {
    const jsplugins = readFileSync(join(DIST, "wps", "jsplugins.xml"), "utf8");
    const url = /url="([^"]+)"/.exec(jsplugins)![1]!;
    expect(url).toMatch(/^https:\/\/.+\/wps\/$/);
    expect(readFileSync(join(DIST, "wps", "oem.ini"), "utf8")).toContain(
      `JSPluginsServer=${url}jsplugins.xml`
    );
    expect(readFileSync(join(DIST, "wps", "publish.xml"), "utf8")).toContain(`url="${url}"`);
    expect(readFileSync(join(DIST, "wps", "ribbon.xml"), "utf8")).toContain(
      'onAction="ribbon.OnAction"'
    );
    expect(readFileSync(join(DIST, "wps", "jsplugins-offline.xml"), "utf8")).toContain(
      `url="${url}dangjian-writer.7z"`
    );
    // The package holds the pages with their scripts beside them, the check's worker among them.
    const offline = readFileSync(join(DIST, "wps", "dangjian-writer.7z"));
    const named = (file: string) => offline.includes(Buffer.from(`${file}\0`, "utf16le"));
    expect(["index.html", "taskpane.html", "ribbon.xml", "icon-32.png"].every(named)).toBe(true);
    expect(named(workerFile())).toBe(true);
    const scripts = readdirSync(DIST).filter(
      (f) => f.endsWith(".js") && !f.startsWith("playground")
    );
    expect(scripts.some((f) => f.startsWith("wps."))).toBe(true);
    for (const file of scripts) {
      const code = readFileSync(join(DIST, file), "utf8");
      expect(() => parse(code, { ecmaVersion: 2019, sourceType: "script" }), file).not.toThrow();
      expect(code, file).not.toContain("randomUUID");
    }
  });
});
