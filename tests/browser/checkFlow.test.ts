import type { Page } from "playwright-core";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";
import { inView, panel } from "./view";

const harness = startBrowser();

const documentTexts = (page: Page) =>
  page.getByLabel("文档").locator("[data-level]").allTextContents();
const fixButtons = (page: Page) => panel(page).getByRole("button", { name: /^(改为“|删除$)/ });

/**
 * The playground with the pane as narrow and short as Word shows it on a small screen, the sample
 * checked.
 */
async function checkSample(page: Page, width = 320) {
  await page.goto(`${harness.url}?pane=${width}`);
  await page.getByRole("button", { name: "载入示例文稿" }).click();
  await page.getByRole("tab", { name: "检查" }).click();
  await page.getByRole("button", { name: "开始检查" }).click();
  await expect.poll(() => page.getByText(/暂不宜提交/).count()).toBe(1);
}

describe("working through the findings", () => {
  it("shows the verdict and the first findings on the first screen of a 320 × 540 pane", async () => {
    const { page, context } = await harness.page({ viewport: { width: 1024, height: 600 } });
    await checkSample(page);
    expect((await panel(page).boundingBox())!.height).toBeLessThanOrEqual(560);
    expect(await inView(page, page.getByText(/暂不宜提交/))).toBe(true);
    expect(await inView(page, page.getByRole("button", { name: "下一条" }))).toBe(true);
    // The first finding's message is on the first screen too.
    expect(await inView(page, panel(page).locator("[data-finding] > div").first())).toBe(true);
    await page.screenshot({ path: "test-results/check-320.png" });
    await context.close();
  });

  it("steps through the findings in document order with 下一条 and 上一条, selecting each in the document", async () => {
    const { page, context } = await harness.page({ viewport: { width: 1024, height: 600 } });
    await checkSample(page);
    const position = page.getByText(/^(第 \d+ 条 \/ )?共 \d+ 条$/);
    const total = Number((await position.textContent())!.match(/共 (\d+) 条/)![1]);
    expect(total).toBeGreaterThan(5);
    const places: number[] = [];
    for (let k = 1; k <= 4; k++) {
      await page.getByRole("button", { name: "下一条" }).click();
      await expect.poll(() => position.textContent()).toBe(`第 ${k} 条 / 共 ${total} 条`);
      const current = panel(page).locator('[data-finding][aria-current="true"]');
      expect(await inView(page, current)).toBe(true);
      // The document's selection is the finding's text (a missing section selects the paragraph it
      // would follow).
      const marked = await current.locator("mark").count();
      const selected = page.getByLabel("文档").locator("[data-selected]");
      await expect.poll(() => selected.count()).toBeGreaterThan(0);
      if (marked)
        await expect
          .poll(() => selected.first().textContent())
          .toBe(await current.locator("mark").textContent());
      places.push(
        await selected
          .first()
          .evaluate((el) => Number(el.closest("[data-index]")!.getAttribute("data-index")))
      );
    }
    expect([...places].sort((a, b) => a - b)).toEqual(places);
    await page.getByRole("button", { name: "上一条" }).click();
    await expect.poll(() => position.textContent()).toBe(`第 3 条 / 共 ${total} 条`);
    await context.close();
  });

  it("after 改为 and 忽略 puts the focus on the next finding's control, and shows the message in view", async () => {
    const { page, context } = await harness.page({ viewport: { width: 1024, height: 600 } });
    await checkSample(page);
    const items = panel(page).locator("[data-finding]");
    const fix = items.filter({ has: page.getByRole("button", { name: /^改为“/ }) }).first();
    const index = await fix.evaluate((el) =>
      [...document.querySelectorAll("[data-finding]")].indexOf(el)
    );
    const nextMessage = await items
      .nth(index + 1)
      .locator(":scope > div")
      .first()
      .textContent();
    await fix.getByRole("button", { name: /^改为“/ }).click();
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.closest("[data-finding]")?.querySelector("div")?.textContent
        )
      )
      .toBe(nextMessage);
    const message = panel(page).locator("[data-status-at]").filter({ hasText: "已修改" });
    expect(await inView(page, message)).toBe(true);

    const focusedBefore = await page.evaluate(
      () => document.activeElement?.closest("[data-finding]")?.textContent
    );
    const ignore = page
      .locator(":focus")
      .locator("xpath=ancestor::li[@data-finding]")
      .getByRole("button", { name: "忽略" });
    const after = await page.evaluate(() => {
      const all = [...document.querySelectorAll("[data-finding]")];
      const at = all.indexOf(document.activeElement!.closest("[data-finding]")!);
      return all[at + 1]?.querySelector("div")?.textContent;
    });
    await ignore.click();
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.closest("[data-finding]")?.querySelector("div")?.textContent
        )
      )
      .toBe(after);
    expect(
      await page.evaluate(() => document.activeElement?.closest("[data-finding]")?.textContent)
    ).not.toBe(focusedBefore);
    await context.close();
  });

  it("全部修改 leaves no fixable finding and the same text as fixing one by one", async () => {
    const oneByOne = await harness.page({ viewport: { width: 1280, height: 800 } });
    await checkSample(oneByOne.page, 450);
    for (let guard = 0; guard < 30 && (await fixButtons(oneByOne.page).count()) > 0; guard++) {
      const before = await documentTexts(oneByOne.page);
      await fixButtons(oneByOne.page).first().click();
      await expect.poll(() => documentTexts(oneByOne.page)).not.toEqual(before);
      await expect
        .poll(() => oneByOne.page.getByRole("button", { name: "重新检查" }).isEnabled())
        .toBe(true);
    }
    const expected = await documentTexts(oneByOne.page);
    await oneByOne.context.close();

    const { page, context } = await harness.page({ viewport: { width: 1280, height: 800 } });
    await checkSample(page, 450);
    const fixable = await fixButtons(page).count();
    expect(fixable).toBeGreaterThan(1);
    await page.getByRole("button", { name: `全部修改（${fixable} 处）` }).click();
    // A renumbering fix brings the next one; 全部修改 makes that too, as fixing one by one would.
    await expect
      .poll(() =>
        page
          .getByText(/^已修改 \d+ 处，并重新检查。可用 Word 的“撤消”（Ctrl\+Z）逐步撤回。$/)
          .count()
      )
      .toBe(1);
    expect(
      Number((await page.getByText(/^已修改 \d+ 处/).textContent())!.match(/\d+/)![0])
    ).toBeGreaterThan(fixable);
    expect(await fixButtons(page).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^全部修改/ }).count()).toBe(0);
    expect(await documentTexts(page)).toEqual(expected);
    await context.close();
  });

  it("points an empty document to 模板 instead of listing missing sections", async () => {
    const { page, context } = await harness.page({ viewport: { width: 1024, height: 600 } });
    await page.goto(`${harness.url}?pane=320`);
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "开始检查" }).click();
    await expect
      .poll(() =>
        page.getByText("文档还是空的：可先到“模板”页插入全文框架，写好后再来检查。").count()
      )
      .toBe(1);
    expect(await page.getByRole("list", { name: "缺少必备部分" }).count()).toBe(0);
    await page.getByRole("button", { name: "去“模板”页" }).click();
    await expect
      .poll(() => page.getByRole("tab", { name: "模板" }).getAttribute("aria-selected"))
      .toBe("true");
    await context.close();
  });

  it("prints and exports the check as the command line's report page, with the pane's findings", async () => {
    const { page, context } = await harness.page({ viewport: { width: 1024, height: 700 } });
    // Count print() calls in any frame instead of opening a dialog.
    await context.addInitScript(() => {
      window.print = () => {
        const top = window.top as unknown as { printed?: string[] };
        top.printed = [...(top.printed ?? []), document.querySelector("h1")?.textContent ?? ""];
      };
    });
    await checkSample(page);
    const position = page.getByText(/^(第 \d+ 条 \/ )?共 \d+ 条$/);
    const total = Number((await position.textContent())!.match(/共 (\d+) 条/)![1]);
    const verdict = (await page.getByText(/暂不宜提交/).textContent())!;
    const errors = Number(verdict.match(/(\d+) 处错误/)![1]);
    // The report lists what the pane lists: the findings stepped through and the layout ones.
    const all = total + Number(verdict.match(/另有 (\d+) 处格式/)?.[1] ?? 0);

    const download = page.waitForEvent("download");
    await panel(page).getByRole("button", { name: "导出检查结果" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^检查结果-.*党建工作.*-\d{8}\.html$/);
    const html = await readFile((await file.path())!, "utf8");
    expect(await inView(page, panel(page).getByText(`已导出“${file.suggestedFilename()}”。`))).toBe(
      true
    );

    const report = await context.newPage();
    await report.setContent(html);
    expect(await report.locator(".summary").textContent()).toBe(
      `检查结论：需要修改，${errors} 处错误、${all - errors} 处建议。`
    );
    expect(await report.locator("ol.findings li").count()).toBe(all);
    expect(await report.locator("table").count()).toBe(0);
    await report.setViewportSize({ width: 794, height: 1123 });
    await report.emulateMedia({ media: "print" });
    await report.screenshot({ path: "test-results/check-result-print.png", fullPage: true });

    await panel(page).getByRole("button", { name: "打印检查结果" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed?: string[] }).printed))
      .toEqual(["党建材料检查结果"]);
    const frame = page.frameLocator("iframe[data-print-frame]");
    expect(await frame.locator("ol.findings li").count()).toBe(all);
    // The pane is as it was: no print frame shows, the document is unchanged.
    expect((await page.locator("iframe[data-print-frame]").boundingBox())?.width ?? 0).toBe(0);
    await context.close();
  });
});
