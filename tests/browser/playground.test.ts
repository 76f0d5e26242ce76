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
      document
        .querySelector('[aria-label="文档"]')!
        .dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
        );
    });
    const paragraphs = doc.locator("[data-level]");
    await expect
      .poll(() => paragraphs.allInnerTexts())
      .toEqual(["第一段", "第二段", "粘贴一", "粘贴二"]);
    expect(
      await paragraphs.evaluateAll((els) => els.map((el) => el.getAttribute("data-level")))
    ).toEqual(["0", "0", "0", "0"]);
    await context.close();
  });

  it("edits inside a very long paragraph where the caret is, drawn as blocks that start no new lines in the text", async () => {
    const { page, context, errors } = await harness.page();
    await page.goto(harness.url);
    const doc = page.getByLabel("文档");
    await doc.click();
    const sentence = "我们认真学习贯彻党的二十大精神，推动全面从严治党向纵深发展。";
    const text = sentence.repeat(1000);
    await page.evaluate((value) => {
      const data = new DataTransfer();
      data.setData("text/plain", value);
      document
        .querySelector('[aria-label="文档"]')!
        .dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
        );
    }, text);
    const paragraph = doc.locator("[data-level]").first();
    await expect.poll(() => paragraph.evaluate((p) => p.textContent)).toBe(text);
    expect(await paragraph.locator(":scope > span").count()).toBeGreaterThan(5);
    // The caret is put into the fifth block, two characters in, as a click would.
    await page.evaluate(() => {
      const block = document.querySelectorAll('[aria-label="文档"] [data-level] > span')[4]!;
      const node = block.firstChild!;
      window.getSelection()!.setBaseAndExtent(node, 2, node, 2);
    });
    const at = await paragraph.evaluate(
      (p) =>
        [...p.querySelectorAll(":scope > span")]
          .slice(0, 4)
          .reduce((n, span) => n + span.textContent!.length, 0) + 2
    );
    await page.keyboard.type("字字");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("End");
    const expected = text.slice(0, at) + "字" + text.slice(at);
    await expect.poll(() => paragraph.evaluate((p) => p.textContent)).toBe(expected);
    // The 检查 tab reads what the page shows.
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "开始检查" }).click();
    await expect
      .poll(() =>
        page
          .getByText(/正文共/)
          .first()
          .textContent()
      )
      .toContain(`正文共 ${expected.length} 字`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("undoes and redoes with Ctrl+Z and Ctrl+Y, the task pane's insert included", async () => {
    const { page, context } = await harness.page();
    await page.goto(harness.url);
    const doc = page.getByLabel("文档");
    const paragraphs = doc.locator("[data-level]");
    await doc.click();
    await page.keyboard.type("增强，坚定信心");
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
    await page.getByRole("tab", { name: "提法" }).click();
    await page.getByRole("searchbox", { name: "搜索提法" }).fill("sgys");
    await page.getByRole("button", { name: "插入名称：四个意识" }).click();
    await expect.poll(() => paragraphs.allTextContents()).toEqual(["增强“四个意识”，坚定信心"]);
    await doc.click();
    await page.keyboard.press("Control+z");
    await expect.poll(() => paragraphs.allTextContents()).toEqual(["增强，坚定信心"]);
    await page.keyboard.press("Control+z");
    await expect.poll(() => paragraphs.allTextContents()).toEqual([""]);
    await page.keyboard.press("Control+y");
    await page.keyboard.press("Control+y");
    await expect.poll(() => paragraphs.allTextContents()).toEqual(["增强“四个意识”，坚定信心"]);
    await page.getByRole("button", { name: "撤消" }).click();
    await expect.poll(() => paragraphs.allTextContents()).toEqual(["增强，坚定信心"]);
    await context.close();
  });

  it("follows the dark theme", async () => {
    const { page, context } = await harness.page();
    await page.goto(harness.url);
    await page.getByRole("switch", { name: "深色主题" }).check();
    const background = await page
      .getByRole("tablist")
      .evaluate((el) => getComputedStyle(el.closest(".fui-FluentProvider")!).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
    await page.screenshot({ path: "test-results/playground-dark.png" });
    await context.close();
  });
});
