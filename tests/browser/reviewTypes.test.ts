import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";
import { panel } from "./view";

const harness = startBrowser();
const NAME = "民主生活会个人对照检查材料";

const headings = (page: Page, level: string) =>
  page.getByLabel("文档").locator(`[data-level='${level}']`).allTextContents();

async function insertSkeleton(page: Page) {
  await page.goto(`${harness.url}?pane=360`);
  await page.getByRole("combobox", { name: "文稿类型" }).selectOption({ label: NAME });
  await page.getByLabel("年度").fill("2025");
  await page.getByLabel("上级机关").fill("市直机关工委");
  await page.getByRole("button", { name: "插入全文框架" }).click();
  await expect.poll(() => page.getByText("已插入“全文框架”").count()).toBe(1);
}

describe("the 对照检查材料 types in the pane", () => {
  it("are offered on the 模板 tab, whose skeleton follows the year's aspects", async () => {
    const { page, context } = await harness.page({ viewport: { width: 1100, height: 800 } });
    await page.goto(harness.url);
    // The drawn screen's list is replaced by the live one once the pane is adopted: wait for it.
    const options = () =>
      page.getByRole("combobox", { name: "文稿类型" }).locator("option").allTextContents();
    await expect.poll(options).toContain(NAME);
    expect(await options()).toContain("组织生活会个人对照检查材料");
    await insertSkeleton(page);
    expect(await headings(page, "1")).toEqual([
      "一、学习收获",
      "二、对照检查情况",
      "三、问题产生的原因",
      "四、整改措施和努力方向",
    ]);
    expect(await headings(page, "2")).toContain("（三）在带头敬畏人民、敬畏组织、敬畏法纪方面");
    await page.screenshot({ path: "test-results/review-templates.png" });
    await context.close();
  });

  it("are offered on the 检查 tab, which reads the skeleton as that type and finds only its blanks", async () => {
    const { page, context } = await harness.page({ viewport: { width: 1100, height: 800 } });
    await insertSkeleton(page);
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "开始检查" }).click();
    await expect
      .poll(
        () =>
          panel(page)
            .getByText(/暂不宜提交|可以提交/)
            .count(),
        { timeout: 30_000 }
      )
      .toBe(1);
    const type = page.getByRole("combobox", { name: "文稿类型" });
    expect(await type.textContent()).toContain(`自动识别（${NAME}）`);
    const messages = await panel(page).locator("[data-finding]").allTextContents();
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatch(/未填写的空白/);
    await page.screenshot({ path: "test-results/review-check.png" });
    await type.click();
    await expect.poll(() => page.getByRole("option", { name: NAME, exact: true }).count()).toBe(1);
    await page.getByRole("option", { name: "组织生活会个人对照检查材料" }).click();
    await page.getByRole("button", { name: "重新检查" }).click();
    await expect.poll(() => type.textContent()).toContain("组织生活会个人对照检查材料");
    await page.screenshot({ path: "test-results/review-check-chosen.png" });
    await context.close();
  });
});
