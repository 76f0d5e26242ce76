import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";

const harness = startBrowser();

describe("the pane from 300 to 500 px wide", () => {
  for (const width of [300, 500]) {
    it(`at ${width} px: nothing overflows sideways, the 提法 bar and a card's actions keep to one row, text is 12 px or more`, async () => {
      const { page, context } = await harness.page({ viewport: { width: 1100, height: 700 } });
      await page.goto(`${harness.url}?pane=${width}`);
      await page.getByRole("button", { name: "载入示例文稿" }).click();
      const panel = page.getByRole("tabpanel");
      for (const tab of ["模板", "提法", "检查"]) {
        await page.getByRole("tab", { name: tab }).click();
        if (tab === "提法") await page.getByRole("searchbox", { name: "搜索提法" }).fill("四个");
        if (tab === "检查") {
          await page.getByRole("button", { name: "开始检查" }).click();
          await expect.poll(() => page.getByText(/暂不宜提交/).count()).toBe(1);
        }
        const [scroll, client] = await panel.evaluate((p) => [p.scrollWidth, p.clientWidth]);
        expect(scroll, tab).toBeLessThanOrEqual(client);
        // No text below 12 px in what is shown.
        const smallest = await panel.evaluate((p) =>
          Math.min(
            ...[...p.querySelectorAll<HTMLElement>("*")]
              .filter(
                (e) =>
                  e.offsetParent &&
                  [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())
              )
              .map((e) => parseFloat(getComputedStyle(e).fontSize))
          )
        );
        expect(smallest, tab).toBeGreaterThanOrEqual(12);
        if (tab === "提法") {
          const rows = async (buttons: ReturnType<typeof page.locator>) =>
            new Set(
              await buttons.evaluateAll((els) =>
                els
                  .map((e) => e.getBoundingClientRect())
                  .filter((r) => r.width > 0)
                  .map((r) => Math.round((r.top + r.bottom) / 2 / 4))
              )
            ).size;
          expect(await rows(panel.locator('[role="toolbar"] > button'))).toBe(1);
          expect(
            await rows(page.getByRole("article").first().locator("button:not([aria-pressed])"))
          ).toBe(1);
        }
      }
      await page.screenshot({ path: `test-results/pane-${width}.png` });
      await context.close();
    });
  }

  it("at 200 % zoom (a 320 px pane drawn at twice the size): nothing overflows, titles wrap between clauses, 插入 stays one line", async () => {
    const { page, context } = await harness.page({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${harness.url}?pane=320`);
    // Word on the web at 200 % lays the pane out at half its width in CSS pixels: the same as
    // zooming a 320 px pane.
    await page.locator("[role=complementary]").evaluate((pane) => (pane.style.zoom = "2"));
    await page.getByRole("button", { name: "载入示例文稿" }).click();
    const panel = page.getByRole("tabpanel");
    const rows = page.getByRole("treeitem");
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    const layout = await rows.evaluateAll((items) =>
      items.map((item) => ({
        text: item.querySelector(".fui-TreeItemLayout__main")!.textContent!,
        // Each clause of a title on one line, so no line holds a lone character.
        splitClauses: [...item.querySelectorAll(".fui-TreeItemLayout__main span")].filter(
          (span) => span.getClientRects().length > 1
        ).length,
        insertHeight: item
          .querySelector(".fui-TreeItemLayout__actions button")!
          .getBoundingClientRect().height,
      }))
    );
    expect(layout.filter((row) => row.splitClauses > 0).map((row) => row.text)).toEqual([]);
    expect(new Set(layout.map((row) => row.insertHeight)).size).toBe(1);
    // At least one title does wrap here, between its clauses.
    expect(
      await rows.evaluateAll((items) =>
        items.some(
          (item) =>
            item.querySelector(".fui-TreeItemLayout__main")!.getBoundingClientRect().height > 40
        )
      )
    ).toBe(true);
    for (const tab of ["模板", "提法", "检查"]) {
      await page.getByRole("tab", { name: tab }).click();
      if (tab === "检查") {
        await page.getByRole("button", { name: "开始检查" }).click();
        await expect.poll(() => page.getByText(/暂不宜提交/).count()).toBe(1);
      }
      const [scroll, client] = await panel.evaluate((p) => [p.scrollWidth, p.clientWidth]);
      expect(scroll, tab).toBeLessThanOrEqual(client);
    }
    await page.getByRole("tab", { name: "模板" }).click();
    await page.screenshot({ path: "test-results/pane-320-zoom-200.png" });
    await context.close();
  });
});
