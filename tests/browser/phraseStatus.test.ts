import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";
import { inView, panel } from "./view";

const harness = startBrowser();

const SIZES = [
  { width: 320, height: 540 },
  { width: 450, height: 600 },
] as const;

describe.each(SIZES)("the 提法 tab at $width × $height", (size) => {
  it("names a saved phrase at a word's end, and lets 已保存 go at the next search or action", async () => {
    const { page, context } = await harness.page({
      viewport: { width: 1024, height: size.height + 60 },
    });
    await page.goto(`${harness.url}?pane=${size.width}`);
    await page.getByRole("tab", { name: "提法" }).click();
    // A sentence with no punctuation before the limit, where the segmenter alone splits 责任制.
    await page.getByLabel("文档").click();
    await page.keyboard.type("认真落实意识形态工作责任制牢牢掌握意识形态工作领导权");
    // To the start of the document: the line wraps in a narrow page.
    await page.keyboard.press("Control+Shift+Home");
    await page.getByRole("button", { name: "存为常用语" }).click();
    const dialog = page.getByRole("dialog");
    await expect
      .poll(() => dialog.getByLabel("名称").inputValue())
      .toBe("认真落实意识形态工作责任制");
    await dialog.getByRole("button", { name: "保存" }).click();
    const saved = panel(page).getByText("已保存“认真落实意识形态工作责任制”");
    await expect.poll(() => saved.count()).toBe(1);
    expect(await inView(page, saved)).toBe(true);
    await page.screenshot({ path: `test-results/phrase-saved-${size.width}.png` });

    // A new search: the message about the save is gone.
    const search = page.getByRole("searchbox", { name: "搜索提法" });
    await search.focus();
    await page.keyboard.type("sgys");
    await expect.poll(() => saved.count()).toBe(0);

    // Another action's message goes the same way: 插入 under a card, then a new search.
    await page.getByRole("button", { name: "插入名称：四个意识" }).click();
    const inserted = panel(page).getByText("已插入：“四个意识”");
    await expect.poll(() => inserted.count()).toBe(1);
    await search.focus();
    await page.keyboard.press("Backspace");
    await expect.poll(() => inserted.count()).toBe(0);
    await page.screenshot({ path: `test-results/phrase-moved-on-${size.width}.png` });
    await context.close();
  });
});
