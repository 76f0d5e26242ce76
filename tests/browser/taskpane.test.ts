import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";

const harness = startBrowser();
/** How long the live pane may take to take over the drawn screen on a busy machine. */
const LIVE_TIMEOUT_MS = 20_000;

/**
 * Hosts that office.js itself contacts (its telemetry frame); nothing else may leave the origin.
 */
const OFFICE_OWN_HOSTS =
  /(^|\.)(microsoft\.com|office\.com|office\.net|oaspapps\.com|aspnetcdn\.com)$/;

function foreign(base: string, requests: string[]): string[] {
  const origin = new URL(base).origin;
  return requests.filter((url) => {
    if (url.startsWith("data:") || url.startsWith("about:")) return false;
    const parsed = new URL(url);
    return parsed.origin !== origin && !OFFICE_OWN_HOSTS.test(parsed.hostname);
  });
}

describe("the task pane page", () => {
  it("opened outside Word says so in Chinese and requests nothing beyond its origin but office.js's own", async () => {
    const { page, requests, context } = await harness.page();
    await page.goto(`${harness.url}taskpane.html`);
    await expect
      .poll(() => page.getByText("请在 Word 中打开").count(), { timeout: 15_000 })
      .toBe(1);
    expect(requests.some((url) => url.endsWith("/office/office.js"))).toBe(true);
    expect(foreign(harness.url, requests)).toEqual([]);
    await context.close();
  });

  it("says office.js could not be loaded when it is missing", async () => {
    const { page, context } = await harness.page();
    await page.route("**/office/office.js", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`${harness.url}taskpane.html`);
    await expect.poll(() => page.getByText("无法加载 Office 组件").count()).toBe(1);
    await context.close();
  });

  it("tells users of the IE11 webview which Word versions are supported", async () => {
    const { page, context } = await harness.page({
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    await page.goto(`${harness.url}taskpane.html`);
    await expect.poll(() => page.locator("#legacy").isVisible()).toBe(true);
    expect(await page.locator("#legacy").innerText()).toContain("Word 2021");
    expect(await page.locator("#root").isVisible()).toBe(false);
    await context.close();
  });

  it("shows the 模板 form before any script runs, inert, and the live pane takes its place in Word", async () => {
    // No script at all: the screen drawn at build time.
    const still = await harness.page({
      viewport: { width: 350, height: 700 },
      javaScriptEnabled: false,
    });
    await still.page.goto(`${harness.url}taskpane.html`);
    const drawn = still.page.locator("#root > [inert]");
    expect(await drawn.getByRole("button", { name: "插入全文框架" }).isVisible()).toBe(true);
    expect(await drawn.getByRole("tab", { name: "模板", selected: true }).count()).toBe(1);
    expect(await drawn.getByLabel("文稿类型").count()).toBe(1);
    await still.page.screenshot({ path: "test-results/taskpane-drawn.png" });
    await still.context.close();

    // In Word (office.js stood in for): the live pane replaces it, one of each control, nothing
    // inert, no error.
    const { page, context, errors, requests } = await harness.page({
      viewport: { width: 350, height: 700 },
    });
    const stub = await readFile(resolve(__dirname, "../../scripts/bench/officeStub.js"), "utf8");
    await page.route("**/office/office.js", (route) =>
      route.fulfill({ contentType: "text/javascript", body: stub })
    );
    const consoleErrors: string[] = [];
    page.on(
      "console",
      (message) => message.type() === "error" && consoleErrors.push(message.text())
    );
    await page.goto(`${harness.url}taskpane.html`);
    await expect.poll(() => page.locator("[inert]").count(), { timeout: LIVE_TIMEOUT_MS }).toBe(0);
    await expect.poll(() => page.getByRole("button", { name: "插入全文框架" }).count()).toBe(1);
    await page.getByRole("tab", { name: "提法" }).click();
    await expect.poll(() => page.getByRole("searchbox", { name: "搜索提法" }).count()).toBe(1);
    // Word in its light theme: the dark theme's tokens are never fetched.
    expect(requests.filter((url) => url.includes("dark-theme"))).toEqual([]);
    expect([...errors, ...consoleErrors]).toEqual([]);
    await context.close();
  });

  it("answers 插入全文框架 clicked on the drawn screen: it says it is getting ready, and the live pane inserts", async () => {
    const { page, context, errors } = await harness.page({ viewport: { width: 350, height: 700 } });
    const stub = await readFile(resolve(__dirname, "../../scripts/bench/officeStub.js"), "utf8");
    // Word's API stood in for: each batch is counted and fails, as it would on a document that
    // refuses.
    const word =
      "window.__wordRuns = 0; window.Word = { run: function () { window.__wordRuns++; return Promise.reject(new Error('stand-in')); } };";
    await page.route("**/office/office.js", (route) =>
      route.fulfill({ contentType: "text/javascript", body: stub + word })
    );
    // The pane's script held back, so the drawn screen is still there when the writer clicks.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route(/taskpane\.[0-9a-f]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The page parsed, its drawn screen's script run; the held script keeps DOMContentLoaded back.
    await page.goto(`${harness.url}taskpane.html`, { waitUntil: "commit" });
    await page.waitForFunction(() => document.readyState !== "loading");
    const drawn = page.locator("#root > [inert]").getByRole("button", { name: "插入全文框架" });
    const box = (await drawn.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(() => page.locator("#root > [inert] button[aria-busy=true]").innerText())
      .toBe("正在准备……");
    expect(
      await page.evaluate(() => (window as unknown as { __wordRuns: number }).__wordRuns)
    ).toBe(0);

    release();
    await expect.poll(() => page.locator("[inert]").count(), { timeout: LIVE_TIMEOUT_MS }).toBe(0);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __wordRuns: number }).__wordRuns))
      .toBeGreaterThan(0);
    // The live button is the ordinary one again, and a click now is the live pane's own.
    expect(
      await page.getByRole("button", { name: "插入全文框架" }).getAttribute("aria-busy")
    ).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows Word's dark theme, whose tokens load only then", async () => {
    const { page, context, requests, errors } = await harness.page({
      viewport: { width: 350, height: 700 },
    });
    const stub = (
      await readFile(resolve(__dirname, "../../scripts/bench/officeStub.js"), "utf8")
    ).replace("#ffffff", "#1f1f1f");
    await page.route("**/office/office.js", (route) =>
      route.fulfill({ contentType: "text/javascript", body: stub })
    );
    await page.goto(`${harness.url}taskpane.html`);
    await expect.poll(() => page.locator("[inert]").count(), { timeout: LIVE_TIMEOUT_MS }).toBe(0);
    const tab = page.getByRole("tabpanel");
    await expect
      .poll(() =>
        tab.evaluate((el) => getComputedStyle(el.closest(".fui-FluentProvider")!).backgroundColor)
      )
      .not.toBe("rgb(255, 255, 255)");
    expect(requests.some((url) => /dark-theme\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the drawn screen only where the live pane will look the same: the saved 单位名称 in, another saved type out", async () => {
    // office.js that never gets ready: what shows is the drawn screen and its script only.
    const waiting =
      "window.Office = { HostType: { Word: 'Word' }, onReady: function () { return new Promise(function () {}); }, context: { requirements: { isSetSupported: function () { return true; } } } };";
    const open = async (saved: object) => {
      const { page, context } = await harness.page({ viewport: { width: 350, height: 700 } });
      await page.route("**/office/office.js", (route) =>
        route.fulfill({ contentType: "text/javascript", body: waiting })
      );
      await context.addInitScript(
        (form) => localStorage.setItem("dangjian.templates.form", JSON.stringify(form)),
        saved
      );
      await page.goto(`${harness.url}taskpane.html`, { waitUntil: "domcontentloaded" });
      return { page, context };
    };
    const same = await open({ typeId: "annual-summary", unit: "市统计局" });
    expect(
      await same.page
        .locator("#root > [inert]")
        .getByPlaceholder("如：市统计局、机关第一党支部")
        .inputValue()
    ).toBe("市统计局");
    await same.context.close();

    const other = await open({ typeId: "branch-summary", unit: "机关第一党支部" });
    expect(await other.page.locator("#root > [inert]").count()).toBe(0);
    expect(await other.page.locator("#root").innerText()).toContain("正在加载");
    await other.context.close();
  });
});
