import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";

const harness = startBrowser();

const texts = (page: Page) => page.getByLabel("文档").locator("[data-level]").allTextContents();
const pane = { viewport: { width: 1024, height: 600 } };

async function chooseType(page: Page, name: string) {
  await page.getByRole("combobox", { name: "文稿类型" }).selectOption({ label: name });
}

describe("the 模板 tab as writers use it", () => {
  it("keeps 插入全文框架 in view below the topics, and asks before a second skeleton", async () => {
    const { page, context } = await harness.page(pane);
    await page.goto(`${harness.url}?pane=320`);
    const button = page.getByRole("button", { name: "插入全文框架" });
    // Below the structure in the page's order, and on the first screen of a short pane.
    const [tree, main] = await Promise.all([
      page.getByRole("tree", { name: "文稿结构" }).boundingBox(),
      button.boundingBox(),
    ]);
    expect(main!.y + main!.height).toBeLessThanOrEqual(600);
    expect(
      await page.evaluate(() => {
        const tree = document.querySelector('[role="tree"]')!;
        const button = [...document.querySelectorAll("button")].find(
          (b) => b.textContent === "插入全文框架"
        )!;
        return Boolean(tree.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING);
      })
    ).toBe(true);
    expect(tree!.y).toBeLessThan(main!.y);

    await button.click();
    await expect
      .poll(() =>
        page.getByText(/^已插入“全文框架”。插入后可用 Word 的“撤消”（Ctrl\+Z）撤回。$/).count()
      )
      .toBe(1);
    const once = await texts(page);
    await button.click();
    const dialog = page.getByRole("dialog");
    await expect
      .poll(() => dialog.textContent())
      .toContain("文档中已有“主要工作”“存在的问题和不足”“工作打算”");
    await dialog.getByRole("button", { name: "取消" }).click();
    expect(await texts(page)).toEqual(once);
    await button.click();
    await page.getByRole("dialog").getByRole("button", { name: "仍要插入" }).click();
    await expect.poll(async () => (await texts(page)).length).toBe(once.length * 2);
    expect((await texts(page)).some((t) => t.startsWith("四、"))).toBe(true);
    await context.close();
  });

  it("previews a row with Enter and reaches its 写法 with the keyboard alone", async () => {
    const { page, context } = await harness.page(pane);
    await page.goto(`${harness.url}?pane=320`);
    const firstRow = page.getByRole("treeitem").first();
    await firstRow.focus();
    // Down to the first topic, then Enter.
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press("Enter");
    const preview = page.getByRole("region", { name: "预览" });
    await expect
      .poll(() => preview.textContent())
      .toContain(focused!.replace(/插入$/, "").slice(0, 6));
    // Tab from the tree goes on to the preview's 写法 (its radio group loads once the pane is idle).
    await expect.poll(() => page.getByRole("radio").count()).toBeGreaterThan(1);
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.getAttribute("type") === "radio");
    }
    expect(reached).toBe(true);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByRole("radio", { name: "写法二" }).isChecked()).toBe(true);
    // On to the preview's 插入, which puts in the chosen wording.
    const chosen = (await preview.locator("p, span").last().textContent())!;
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("插入预览的内容");
    await page.keyboard.press("Enter");
    await expect.poll(() => texts(page)).toContainEqual(chosen);
    await context.close();
  });

  it("takes a year typed in full-width digits or Chinese numerals, and asks for 上级机关 only where the type uses it", async () => {
    const { page, context } = await harness.page(pane);
    await page.goto(`${harness.url}?pane=320`);
    await chooseType(page, "党支部年度工作总结");
    expect(await page.getByLabel("上级机关").count()).toBe(0);
    await chooseType(page, "党建工作情况报告");
    expect(await page.getByLabel("上级机关").count()).toBe(1);
    await page.getByLabel("年度").fill("二〇二六");
    await page.getByLabel("单位名称").click();
    await expect.poll(() => page.getByLabel("年度").inputValue()).toBe("2026");
    await page.getByLabel("年度").fill("２０２６");
    expect(await page.getByText("请填写年份", { exact: false }).count()).toBe(0);
    await page.getByRole("button", { name: "插入全文框架" }).click();
    await expect.poll(async () => (await texts(page))[0]).toContain("2026年");
    await context.close();
  });

  it("shows a phrase's blanks by their Chinese names, never as {unit}", async () => {
    const { page, context } = await harness.page(pane);
    await page.goto(harness.url);
    await page.getByRole("tab", { name: "提法" }).click();
    await page.getByRole("searchbox", { name: "搜索提法" }).fill("报告如下");
    await expect.poll(() => page.getByRole("article").count()).toBeGreaterThan(0);
    const shown = await page.getByRole("tabpanel").textContent();
    expect(shown).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(shown).toMatch(/〔单位名称〕|〔上级机关〕/);
    await context.close();
  });
});
