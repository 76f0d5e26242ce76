/**
 * The live pane takes over the screen drawn at build time instead of drawing it again: the same
 * elements, the styles the page already has, focus management once it owns them.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";

const harness = startBrowser();
const stub = () => readFile(resolve(__dirname, "../../scripts/bench/officeStub.js"), "utf8");

declare global {
  interface Window {
    __drawnButton?: HTMLButtonElement;
    __drawnRules?: number;
  }
}

/** Before any script of the page runs on it: the drawn main button and the number of CSS rules. */
function recordDrawnScreen() {
  document.addEventListener("DOMContentLoaded", () => {
    window.__drawnButton = [...document.querySelectorAll("button")].find(
      (b) => b.textContent?.trim() === "插入全文框架"
    );
    window.__drawnRules = [...document.styleSheets].reduce(
      (n, sheet) => n + sheet.cssRules.length,
      0
    );
  });
}

describe("the live pane and the drawn screen", () => {
  it("adopts the drawn screen in Word: the same elements, no style inserted twice, focus management after", async () => {
    const { page, context, errors } = await harness.page({ viewport: { width: 350, height: 700 } });
    await page.route("**/office/office.js", async (route) =>
      route.fulfill({ contentType: "text/javascript", body: await stub() })
    );
    await page.addInitScript(recordDrawnScreen);
    await page.goto(`${harness.url}taskpane.html`);
    await expect
      .poll(() => page.locator("[data-drawn][inert]").count(), { timeout: 20_000 })
      .toBe(0);
    // Typed as soon as the pane is live, before React has taken the form over: the form is adopted
    // then and there, and keeps what was typed.
    await page.getByRole("textbox", { name: "单位名称" }).fill("机关第一党支部");
    // The form, the structure, the preview and the tabs are taken over after the main button is
    // live; the structure and the tabs, whose code comes later, are inert until then.
    await expect.poll(() => page.locator("[inert]").count(), { timeout: 10_000 }).toBe(0);
    await expect
      .poll(() => page.locator("[data-tabster-drawn]").count(), { timeout: 10_000 })
      .toBe(0);
    const adopted = await page.evaluate(() => ({
      same:
        window.__drawnButton?.isConnected === true &&
        [...document.querySelectorAll("button")].includes(window.__drawnButton),
      mismatches: performance
        .getEntriesByName("dangjian:hydration-mismatch")
        .map((e) => String((e as PerformanceMark).detail)),
      drawnFocusAttributes: document.querySelectorAll("[data-tabster-drawn]").length,
      focusAttributes: document.querySelectorAll("[data-tabster]").length,
      addedRules:
        [...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0) -
        (window.__drawnRules ?? 0),
    }));
    expect(adopted).toMatchObject({ same: true, mismatches: [], drawnFocusAttributes: 0 });
    expect(await page.getByRole("textbox", { name: "单位名称" }).inputValue()).toBe(
      "机关第一党支部"
    );
    expect(await page.evaluate(() => localStorage.getItem("dangjian.templates.form"))).toContain(
      "机关第一党支部"
    );
    expect(adopted.focusAttributes).toBeGreaterThan(15);
    // The drawn screen's styles are all in the page already: the live pane adds few rules (focus
    // guards, the hover of a live row).
    expect(adopted.addedRules).toBeLessThan(40);

    // Live: a row click previews it, and the keyboard moves through the tree as Fluent's focus
    // management does.
    await page.getByRole("treeitem", { name: /开头/ }).click();
    await expect
      .poll(() => page.getByRole("region", { name: /预览/ }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.getByRole("treeitem", { name: /开头/ }).focus();
    await page.keyboard.press("ArrowDown");
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute("data-fui-tree-item-value"))
    ).toBe("section:main-work");
    await page.screenshot({ path: "test-results/adopted.png" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the loading line, not the light screen, where Word was dark the last time", async () => {
    const { page, context } = await harness.page({ viewport: { width: 350, height: 700 } });
    // office.js that never gets ready: what shows is what the page draws before the live pane.
    await page.route("**/office/office.js", (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "window.Office = { onReady: function () { return new Promise(function () {}); }, HostType: { Word: 'Word' } };",
      })
    );
    await page.addInitScript(() => localStorage.setItem("dangjian.theme", "dark"));
    await page.goto(`${harness.url}taskpane.html`);
    expect(await page.locator("[data-drawn]").count()).toBe(0);
    expect(await page.locator("#root .boot").innerText()).toBe("正在加载……");
    await context.close();
  });
});
