import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";
import { inView, panel } from "./view";

const harness = startBrowser();

/**
 * Do an action; the messages it brings (status bars not there before) are all inside the pane's
 * view.
 */
async function feedbackInView(page: Page, action: () => Promise<void>, what: string) {
  const bars = panel(page).locator("[data-status-at]");
  const before = new Set(await bars.allTextContents());
  await action();
  await expect
    .poll(async () => (await bars.allTextContents()).some((text) => !before.has(text)), {
      message: what,
    })
    .toBe(true);
  for (const bar of await bars.all()) {
    if (before.has((await bar.textContent())!)) continue;
    expect(await inView(page, bar), `${what}: “${await bar.textContent()}”`).toBe(true);
  }
}

for (const [width, height] of [
  [320, 540],
  [450, 800],
] as const) {
  describe(`feedback at ${width} × ${height}`, () => {
    it("is in view after every action on every tab", async () => {
      const { page, context } = await harness.page({
        viewport: { width: 1024, height: height + 60 },
      });
      await page.goto(`${harness.url}?pane=${width}`);
      // 模板: 插入 on the last row of the structure.
      const lastRow = page.getByRole("treeitem").last();
      await lastRow.scrollIntoViewIfNeeded();
      await feedbackInView(page, () => lastRow.getByRole("button").click(), "插入 on a row");

      // 提法: 插入 on a card.
      await page.getByRole("tab", { name: "提法" }).click();
      await page.getByRole("searchbox", { name: "搜索提法" }).fill("三会一课");
      const insert = page.getByRole("button", { name: "插入名称：三会一课" });
      await insert.scrollIntoViewIfNeeded();
      await feedbackInView(page, () => insert.click(), "插入 a phrase");

      // 检查 on the sample: 填入 with nothing typed, 补上, 忽略, 改为, 一键排版, 添加为批注.
      await page.getByRole("button", { name: "载入示例文稿" }).click();
      await page.getByRole("tab", { name: "检查" }).click();
      await page.getByRole("button", { name: "开始检查" }).click();
      await expect.poll(() => page.getByText(/暂不宜提交/).count()).toBe(1);
      const act = async (name: string | RegExp, what: string) => {
        const button = panel(page)
          .getByRole("button", { name, exact: typeof name === "string" })
          .first();
        await button.scrollIntoViewIfNeeded();
        await feedbackInView(page, () => button.click(), what);
      };
      await act("填入", "填入 with an empty box");
      await act("补上", "补上");
      await act("忽略", "忽略");
      await act(/^改为“/, "改为");
      await act("一键排版", "一键排版");
      await act("添加为批注", "添加为批注");
      await page.screenshot({ path: `test-results/feedback-${width}.png` });
      await context.close();
    });
  });
}
