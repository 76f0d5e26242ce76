import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";

const harness = startBrowser();
const pane = { viewport: { width: 1024, height: 600 } };

const texts = (page: Page) => page.getByLabel("文档").locator("[data-level]").allInnerTexts();
/**
 * The focused element: its text, its aria-label, and its role (or its tag, `searchbox` for a search
 * box).
 */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    const role =
      element?.getAttribute("role") ??
      (element?.getAttribute("type") === "search"
        ? "searchbox"
        : (element?.tagName.toLowerCase() ?? ""));
    return {
      text: element?.textContent ?? "",
      label: element?.getAttribute("aria-label") ?? "",
      role,
    };
  });

/** Press Tab until the focused element matches; how many presses it took (failing past `max`). */
async function tabTo(
  page: Page,
  matches: (f: { text: string; label: string; role: string }) => boolean,
  max: number
): Promise<number> {
  const passed = [];
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (matches(now)) return presses;
    passed.push(now);
  }
  throw new Error(`not reached in ${max} Tabs; passed ${JSON.stringify(passed)}`);
}

/** Into the pane as Word's F6 does: focus on the selected tab, then arrows to the wanted one. */
async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { selected: true }).focus();
  const tabs = await page.getByRole("tab").allInnerTexts();
  const from = tabs.indexOf(await page.getByRole("tab", { selected: true }).innerText());
  for (let i = from; i < tabs.indexOf(name); i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect
    .poll(() => page.getByRole("tab", { name }).getAttribute("aria-selected"))
    .toBe("true");
  // As a writer would, once the tab shows its controls (at once when its code loaded while the pane
  // was idle).
  await expect.poll(() => page.getByRole("tabpanel").getByText("正在加载……").count()).toBe(0);
}

describe("every job with the keyboard alone", () => {
  it("提法: finds a formulation by its initials, inserts it at the cursor, saves an own phrase with Enter and finds it", async () => {
    const { page, context } = await harness.page(pane);
    await page.goto(`${harness.url}?pane=320`);
    // The writer's cursor in the document, as Word would have it.
    await page.getByLabel("文档").click();
    await page.keyboard.type("增强，坚定信心");
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");

    await openTab(page, "提法");
    await tabTo(page, (f) => f.role === "searchbox", 3);
    await page.keyboard.type("sgys");
    await expect
      .poll(() => page.getByRole("button", { name: "插入名称：四个意识" }).count())
      .toBe(1);
    await tabTo(page, (f) => f.label === "插入名称：四个意识", 8);
    await page.keyboard.press("Enter");
    await expect.poll(() => texts(page)).toEqual(["增强“四个意识”，坚定信心"]);

    // 新建 from the toolbar; Enter in the name box saves, and so does Ctrl+Enter in the text.
    const dialog = page.getByRole("dialog");
    const inDialog = () => page.evaluate(() => !!document.activeElement?.closest("[role=dialog]"));
    for (const [name, text, save] of [
      ["党建引领", "坚持以高质量党建引领业务高质量发展", "Enter in the name"],
      ["支部规范化", "推进党支部标准化规范化建设", "Control+Enter"],
    ] as const) {
      await page.getByRole("searchbox", { name: "搜索提法" }).focus();
      while ((await focused(page)).text !== "新建") await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Enter");
      await expect.poll(() => dialog.count()).toBe(1);
      await expect.poll(inDialog).toBe(true);
      await page.keyboard.type(name);
      await tabTo(page, (f) => f.role === "textarea", 2);
      await page.keyboard.type(text);
      if (save === "Control+Enter") await page.keyboard.press("Control+Enter");
      else {
        await page.keyboard.press("Shift+Tab");
        await page.keyboard.press("Enter");
      }
      await expect.poll(() => dialog.count(), { message: save }).toBe(0);
      await expect.poll(() => page.getByText(`已保存“${name}”`).count()).toBe(1);
      // Focus is back in the pane, not on the page's body.
      expect(await page.evaluate(() => !!document.activeElement?.closest("[role=tabpanel]"))).toBe(
        true
      );
    }

    await page.getByRole("searchbox", { name: "搜索提法" }).focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("djyl");
    await expect.poll(() => page.getByRole("article", { name: "党建引领" }).count()).toBe(1);
    await context.close();
  });

  it("检查: runs the check, steps to a finding, fixes it, fills a blank and fixes the rest, all from the keyboard", async () => {
    const { page, context } = await harness.page(pane);
    await page.goto(`${harness.url}?pane=320`);
    await page.getByRole("button", { name: "载入示例文稿" }).click();
    await openTab(page, "检查");
    await tabTo(page, (f) => f.text === "开始检查", 4);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText(/暂不宜提交/).count()).toBe(1);

    // 下一条 selects the first finding in the document.
    await tabTo(page, (f) => f.text === "下一条", 4);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText(/^第 1 条 \/ 共 \d+ 条$/).count()).toBe(1);
    const first = await page
      .getByRole("tabpanel")
      .locator('[data-finding][aria-current="true"] mark')
      .textContent();
    await expect
      .poll(() => page.getByLabel("文档").locator("[data-selected]").first().textContent())
      .toBe(first);

    // Tab goes to that finding; the blank XX, in the group above, is a few ↑ away; typing and Enter
    // fill it, and the focus goes on to the next finding.
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest("[data-finding]")?.getAttribute("aria-current")
      )
    ).toBe("true");
    for (let i = 0; i < 10 && (await focused(page)).label !== "填写内容"; i++)
      await page.keyboard.press("ArrowUp");
    expect((await focused(page)).label).toBe("填写内容");
    await page.keyboard.type("12");
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => (await texts(page)).some((t) => t.includes("学习12次")))
      .toBe(true);
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest("[data-finding]")))
      .toBe(true);

    // A fix further down the list: ↓ goes from finding to finding, Enter makes it.
    for (let i = 0; i < 12 && !(await focused(page)).text.startsWith("改为“"); i++)
      await page.keyboard.press("ArrowDown");
    expect((await focused(page)).text).toMatch(/^改为“/);
    const before = await texts(page);
    await page.keyboard.press("Enter");
    await expect.poll(() => texts(page)).not.toEqual(before);
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest("[data-finding]")))
      .toBe(true);

    // 全部修改 from the keyboard leaves nothing to fix in one step.
    await page.getByRole("button", { name: "下一条" }).focus();
    await tabTo(page, (f) => f.text.startsWith("全部修改"), 2);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("button", { name: /^(改为“|删除$)/ }).count()).toBe(0);
    await context.close();
  });
});
