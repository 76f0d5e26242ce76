import type { Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";
import { inView, panel } from "./view";

const harness = startBrowser();

/** A real report as a writer pastes it: plain text, no formatting of its own. */
const REPORT = readFileSync(
  resolve(__dirname, "../fixtures/reports/annual-summary-agency.txt"),
  "utf8"
);

/**
 * The pane sizes the tests walk the report at: Word's narrowest pane on a small screen, and a wider
 * one.
 */
const SIZES = [
  { width: 320, height: 540 },
  { width: 450, height: 600 },
] as const;

/** The playground at a pane size (the window is as high as the pane plus the bar above it). */
async function open(size: { width: number; height: number }) {
  const { page, context, errors } = await harness.page({
    viewport: { width: 1024, height: size.height + 60 },
  });
  await page.goto(`${harness.url}?pane=${size.width}`);
  return { page, context, errors };
}

async function paste(page: Page, text: string) {
  await page.getByLabel("文档").click();
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData("text/plain", value);
    document
      .querySelector('[aria-label="文档"]')!
      .dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
      );
  }, text);
  await expect
    .poll(() => page.getByLabel("文档").locator("[data-level]").count(), { timeout: 30_000 })
    .toBeGreaterThan(5);
}

async function check(page: Page) {
  await page.getByRole("tab", { name: "检查" }).click();
  await page.getByRole("button", { name: "开始检查" }).click();
  // A busy machine may take a while over a whole report.
  await expect
    .poll(() => page.getByText(/暂不宜提交|可以提交|建议核实/).count(), { timeout: 30_000 })
    .toBeGreaterThan(0);
}

/**
 * The focused element: in the pane's view, drawn with a focus outline, and under no message or bar.
 */
async function focusInSight(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const box = focused.getBoundingClientRect();
    const view = document.querySelector('[role="tabpanel"]')!.getBoundingClientRect();
    const inside = box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    const overlaps = (other: Element) => {
      const r = other.getBoundingClientRect();
      return (
        !other.contains(focused) &&
        r.bottom > box.top &&
        r.top < box.bottom &&
        r.right > box.left &&
        r.left < box.right
      );
    };
    const covered = [...document.querySelectorAll('[data-status-at], [role="group"]')].some(
      overlaps
    );
    const style = getComputedStyle(focused);
    const outline =
      style.outlineStyle !== "none" ||
      getComputedStyle(focused, "::after").borderStyle !== "none" ||
      focused.matches(":focus-visible");
    return {
      inside,
      covered,
      outline,
      text: focused.textContent || focused.getAttribute("aria-label") || "",
    };
  });
}

const position = (page: Page) => page.getByText(/^(第 \d+ 条 \/ )?共 \d+ 条$/);
const total = async (page: Page) =>
  Number((await position(page).textContent())!.match(/共 (\d+) 条/)![1]);

describe.each(SIZES)("a whole pasted report at $width × $height", (size) => {
  const shot = (name: string) => `test-results/whole-${name}-${size.width}.png`;

  it("keeps 上一条/下一条 in view after ten steps, and says so when it starts over", async () => {
    const { page, context, errors } = await open(size);
    await paste(page, REPORT);
    await check(page);
    const next = page.getByRole("button", { name: "下一条" });
    for (let k = 1; k <= 10; k++) {
      await next.click();
      await expect.poll(() => position(page).textContent()).toMatch(new RegExp(`^第 ${k} 条`));
    }
    expect(await inView(page, next)).toBe(true);
    expect(await inView(page, page.getByRole("button", { name: "上一条" }))).toBe(true);
    expect(await inView(page, panel(page).locator('[data-finding][aria-current="true"]'))).toBe(
      true
    );
    await page.screenshot({ path: shot("next-10") });
    const n = await total(page);
    for (let k = 11; k <= n; k++) await next.click();
    await expect.poll(() => position(page).textContent()).toBe(`第 ${n} 条 / 共 ${n} 条`);
    await next.click();
    await expect.poll(() => position(page).textContent()).toBe(`第 1 条 / 共 ${n} 条`);
    const note = panel(page).locator("[data-status-at]").filter({ hasText: "回到第一条" });
    await expect.poll(() => note.count()).toBe(1);
    expect(await inView(page, note)).toBe(true);
    await page.screenshot({ path: shot("wrapped") });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("after 填入 and 全部修改 by keyboard keeps the focused control in sight, under no message", async () => {
    const { page, context } = await open(size);
    await paste(page, REPORT);
    await check(page);
    await page.getByRole("button", { name: "下一条" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => position(page).textContent()).toMatch(/^第 1 条/);
    // Tab from 下一条 goes to the current finding: its fill box.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "填写内容"
    );
    await page.keyboard.type("市统计");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => panel(page).locator("[data-status-at]").filter({ hasText: "已修改" }).count())
      .toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toBe("填写内容");
    await expect
      .poll(() => focusInSight(page))
      .toMatchObject({ inside: true, covered: false, outline: true });
    await page.screenshot({ path: shot("after-fill") });

    await page.getByRole("button", { name: /^全部修改/ }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() =>
        panel(page)
          .getByRole("button", { name: /^全部修改/ })
          .count()
      )
      .toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("下一条");
    await expect.poll(() => focusInSight(page)).toMatchObject({ inside: true, covered: false });
    await page.screenshot({ path: shot("after-fix-all") });
    await context.close();
  });

  it("reaches 一键排版 and 导出 from the findings in at most three keys", async () => {
    const { page, context } = await open(size);
    await paste(page, REPORT);
    await check(page);
    const findingControl = async () => {
      await page.getByRole("button", { name: "下一条" }).click();
      await page.keyboard.press("Tab");
      // ↓ goes on to the next finding, still in the list.
      await page.keyboard.press("ArrowDown");
      expect(await page.evaluate(() => !!document.activeElement?.closest("[data-finding]"))).toBe(
        true
      );
    };
    await findingControl();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("一键排版");
    expect(await inView(page, page.getByRole("button", { name: "一键排版" }))).toBe(true);
    await page.screenshot({ path: shot("jump-layout") });

    await findingControl();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("导出检查结果");
    expect(await inView(page, page.getByRole("button", { name: "导出检查结果" }))).toBe(true);
    await page.screenshot({ path: shot("jump-export") });
    await context.close();
  });

  it("exports a check that quotes the text around each finding and its suggested fix", async () => {
    const { page, context } = await open(size);
    await paste(page, REPORT);
    await check(page);
    const download = page.waitForEvent("download");
    await panel(page).getByRole("button", { name: "导出检查结果" }).click();
    const html = await readFile((await (await download).path())!, "utf8");
    const report = await context.newPage();
    await report.setContent(html);
    const items = report.locator("ol.findings li");
    const texts = await items.allInnerTexts();
    expect(texts.length).toBeGreaterThan(10);
    // Every finding on the text quotes its words among their neighbours; fixes say what to write.
    const onText = report.locator("ol.findings li:has(mark)");
    const quoted = await onText.evaluateAll((lis) =>
      lis.map((li) => ({
        quote: li.querySelector(".quote")!.textContent!,
        mark: li.querySelector("mark")!.textContent!,
      }))
    );
    expect(quoted.length).toBeGreaterThanOrEqual(
      texts.filter((t) => /“[^”]*”是未填写的空白/.test(t)).length
    );
    for (const { quote, mark } of quoted)
      expect(quote.replace(/[“”…]/g, "").length).toBeGreaterThan(mark.length + 5);
    expect(texts.filter((t) => /（可改为“|应为“/.test(t)).length).toBeGreaterThan(0);
    await report.setViewportSize({ width: size.width + 300, height: size.height });
    await report.locator("ol.findings").first().scrollIntoViewIfNeeded();
    await report.screenshot({ path: shot("exported") });
    await context.close();
  });

  it("shows an outline with each part's 字数 and problems that jumps to the heading, and a 字数 target", async () => {
    const { page, context } = await open(size);
    await paste(page, REPORT);
    await check(page);
    await page.getByRole("button", { name: "查看大纲" }).click();
    const outline = page.getByRole("navigation", { name: "大纲" });
    const plans = outline.getByRole("button", { name: "三、2026年工作打算" });
    await plans.scrollIntoViewIfNeeded();
    expect(
      await outline.getByRole("listitem").filter({ hasText: "一、2025年主要工作" }).textContent()
    ).toMatch(/\d+ 字 · \d+ 个问题$/);
    await page.screenshot({ path: shot("outline") });
    // Enter on a heading selects it in the document.
    await plans.focus();
    await page.keyboard.press("Enter");
    const selected = page.getByLabel("文档").locator("[data-selected]");
    await expect.poll(() => selected.first().textContent()).toMatch(/^\s*三、2026年工作打算$/);
    // A click too.
    await outline.getByRole("button", { name: "二、存在的主要问题" }).click();
    await expect.poll(() => selected.first().textContent()).toMatch(/^\s*二、存在的主要问题$/);

    // The target: the type's 3000, then one the writer sets below the length.
    const summary = page.getByText(/正文共 \d+ 字/).first();
    expect(await summary.textContent()).toMatch(/正文共 \d+ 字（目标 3000 字以内）。/);
    const target = page.getByRole("spinbutton", { name: "字数目标" });
    await target.fill("500");
    await target.press("Enter");
    await expect
      .poll(() => summary.textContent())
      .toMatch(/正文共 (\d+) 字，比字数目标（500 字以内）多 \d+ 字。/);
    await context.close();
  });

  it("previews a fill before 填入, and puts the missing typefaces in one line with 更改", async () => {
    const { page, context } = await open(size);
    await paste(page, REPORT);
    await check(page);
    await page.getByRole("button", { name: "下一条" }).click();
    await page.keyboard.press("Tab");
    await page.keyboard.type("市统计局");
    // XXX局 with 市统计局 typed in gives 市统计局局: the preview shows it before anything changes.
    const preview = panel(page).locator("[data-fill-preview]");
    await expect.poll(() => preview.textContent()).toBe("填入后：…市统计局局2025年…");
    await page.screenshot({ path: shot("fill-preview") });
    const fonts = page.getByText(/^本机缺 \d 种公文字体/);
    await fonts.scrollIntoViewIfNeeded();
    expect(
      await panel(page)
        .getByRole("combobox", { name: /^本机没有/ })
        .count()
    ).toBe(0);
    await page.screenshot({ path: shot("fonts-line") });
    await context.close();
  });

  it("gives a pasted report without formatting a layout verdict of not checked, never 符合", async () => {
    const { page, context } = await open(size);
    await paste(page, REPORT);
    await check(page);
    const verdict = panel(page).locator("[data-layout-verdict]");
    await verdict.scrollIntoViewIfNeeded();
    const text = await verdict.textContent();
    expect(text).not.toContain("符合");
    expect(text).toContain("未检查");
    expect(await page.getByText(/公文格式未检查/).count()).toBe(1);
    await page.screenshot({ path: shot("layout-unread") });
    await page.getByRole("button", { name: "一键排版" }).click();
    await expect
      .poll(() => verdict.textContent(), { timeout: 30_000 })
      .toBe("格式符合公文格式国家标准。");
    await context.close();
  });

  it("restores ignored findings one at a time by keyboard, or all at once", async () => {
    const { page, context } = await open(size);
    await paste(page, REPORT);
    await check(page);
    await page.screenshot({ path: shot("check-tab") });
    // Writers' words: no standard's number, no mention of the command line.
    expect(await panel(page).innerText()).not.toMatch(/GB\/T|命令行/);
    const n = await total(page);
    const ignore = () =>
      panel(page)
        .locator("[data-finding]")
        .first()
        .getByRole("button", { name: "忽略", exact: true });
    const first = await panel(page).locator("[data-finding]").first().textContent();
    await ignore().click();
    await expect.poll(() => total(page)).toBe(n - 1);
    await ignore().click();
    await expect.poll(() => total(page)).toBe(n - 2);
    const row = panel(page).getByText("已忽略 2 项。");
    await expect.poll(() => row.count()).toBe(1);

    // 逐项查看 by keyboard: the list, each with its 恢复.
    const show = panel(page).getByRole("button", { name: "逐项查看" });
    await show.focus();
    await page.keyboard.press("Enter");
    const list = panel(page).getByRole("list", { name: "已忽略的问题" });
    await expect.poll(() => list.getByRole("listitem").count()).toBe(2);
    const hide = panel(page).getByRole("button", { name: "收起", expanded: true });
    expect(await hide.count()).toBe(1);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(
      /^恢复：/
    );
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot("ignored-list") });
    await page.keyboard.press("Enter");
    await expect.poll(() => total(page)).toBe(n - 1);
    await expect.poll(() => panel(page).getByText("已忽略 1 项。").count()).toBe(1);
    await expect
      .poll(() => panel(page).locator("[data-status-at]").filter({ hasText: "已恢复" }).count())
      .toBe(1);
    // The restored finding is back where it was; focus is on the 恢复 now in its place.
    expect(await panel(page).locator("[data-finding]").first().textContent()).toBe(first);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toMatch(/^恢复：/);
    await expect.poll(() => focusInSight(page)).toMatchObject({ inside: true, covered: false });

    await panel(page).getByRole("button", { name: "恢复全部" }).click();
    await expect.poll(() => total(page)).toBe(n);
    expect(
      await panel(page)
        .getByText(/^已忽略/)
        .count()
    ).toBe(0);
    await context.close();
  });
});
