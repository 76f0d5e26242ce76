import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";

const harness = startBrowser();

describe("the playground", () => {
  it("shows the task pane with its three tabs in Chinese, using only its own origin", async () => {
    const { page, requests, errors, context } = await harness.page();
    await page.goto(harness.url);
    const tabs = page.getByRole("tab");
    await expect.poll(() => tabs.allInnerTexts()).toEqual(["模板", "提法", "检查"]);
    expect(requests.every((url) => new URL(url).origin === new URL(harness.url).origin)).toBe(true);
    expect(errors).toEqual([]);
    await page.screenshot({ path: "test-results/playground.png" });
    await context.close();
  });

  it("edits the document like a word processor: typing, Enter, Backspace and pasting", async () => {
    const { page, context } = await harness.page();
    await page.goto(harness.url);
    const doc = page.getByLabel("文档");
    await doc.click();
    await page.keyboard.type("第一段");
    await page.keyboard.press("Enter");
    await page.keyboard.type("第二段X");
    await page.keyboard.press("Backspace");
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", "\n粘贴一\n粘贴二");
      document.querySelector('[aria-label="文档"]')!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const paragraphs = doc.locator("[data-level]");
    await expect.poll(() => paragraphs.allInnerTexts()).toEqual(["第一段", "第二段", "粘贴一", "粘贴二"]);
    expect(await paragraphs.evaluateAll((els) => els.map((el) => el.getAttribute("data-level")))).toEqual(["0", "0", "0", "0"]);
    await context.close();
  });

  it("follows the dark theme", async () => {
    const { page, context } = await harness.page();
    await page.goto(harness.url);
    await page.getByRole("switch", { name: "深色主题" }).check();
    const background = await page.getByRole("tablist").evaluate((el) => getComputedStyle(el.closest(".fui-FluentProvider")!).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
    await page.screenshot({ path: "test-results/playground-dark.png" });
    await context.close();
  });
});
