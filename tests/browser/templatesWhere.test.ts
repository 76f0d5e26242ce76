import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";
import { inView, panel } from "./view";

const harness = startBrowser();

const SIZES = [
  { width: 320, height: 540 },
  { width: 450, height: 600 },
] as const;

describe.each(SIZES)("the 模板 tab at $width × $height", (size) => {
  const open = async () => {
    const { page, context } = await harness.page({
      viewport: { width: 1024, height: size.height + 60 },
    });
    await page.goto(`${harness.url}?pane=${size.width}`);
    return { page, context };
  };

  it("shows the preview when a topic row is clicked", async () => {
    const { page, context } = await open();
    await page.getByRole("tree").getByText("夯实基层基础，建强战斗堡垒").click();
    const preview = page.getByRole("region", { name: "预览" });
    // The topic's heading, numbered, and the start of its text are on screen.
    const heading = preview.getByText(/夯实基层基础，建强战斗堡垒$/);
    await expect.poll(() => inView(page, heading)).toBe(true);
    await expect
      .poll(() => inView(page, preview.getByRole("button", { name: "插入预览的内容" })))
      .toBe(true);
    // Above the 插入全文框架 bar, not under it.
    const [shown, foot] = await Promise.all([
      heading.boundingBox(),
      page.getByRole("button", { name: "插入全文框架" }).boundingBox(),
    ]);
    expect(shown!.y + shown!.height).toBeLessThanOrEqual(foot!.y);
    await page.screenshot({ path: `test-results/templates-preview-${size.width}.png` });
    await context.close();
  });

  it("asks before a second skeleton with the focus on 取消, so Enter inserts nothing", async () => {
    const { page, context } = await open();
    await page.getByRole("button", { name: "插入全文框架" }).click();
    await expect.poll(() => page.getByText(/^已插入“全文框架”/).count()).toBe(1);
    const count = await page.getByLabel("文档").locator("[data-level]").count();
    await page.getByRole("button", { name: "插入全文框架" }).click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("取消");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    expect(await page.getByLabel("文档").locator("[data-level]").count()).toBe(count);
    await context.close();
  });

  it("says where an insert went, and warns when a main-work topic lands in 工作打算", async () => {
    const { page, context } = await open();
    await page.getByRole("button", { name: "载入示例文稿" }).click();
    // The cursor at the end of the plans, the sample's last paragraph.
    await page.getByLabel("文档").locator("[data-level]").last().click();
    await page.keyboard.press("End");
    await page.getByRole("button", { name: "插入：夯实基层基础，建强战斗堡垒" }).click();
    const message = panel(page).locator("[data-status-at]").filter({ hasText: "已插入" });
    await expect
      .poll(() => message.textContent())
      .toContain("已插入“夯实基层基础，建强战斗堡垒”，在“二、2025年工作打算”下，编号为（一）");
    expect(await message.textContent()).toContain("注意：这是“主要工作”中的议题");
    expect(await inView(page, message)).toBe(true);
    // Above the 插入全文框架 bar, not under it.
    const [box, foot] = await Promise.all([
      message.boundingBox(),
      page.getByRole("button", { name: "插入全文框架" }).boundingBox(),
    ]);
    expect(box!.y + box!.height).toBeLessThanOrEqual(foot!.y);
    await page.screenshot({ path: `test-results/templates-wrong-section-${size.width}.png` });

    // In 主要工作 it says where, without a warning.
    await page
      .getByLabel("文档")
      .locator("[data-level]", { hasText: "（一）加强政治建设" })
      .click();
    await page.keyboard.press("End");
    await page.getByRole("button", { name: "插入：夯实基层基础，建强战斗堡垒" }).click();
    await expect
      .poll(() => message.textContent())
      .toContain("在“一、2025年主要工作”下，编号为（二）");
    expect(await message.textContent()).not.toContain("注意");
    await context.close();
  });

  it("says beside 写法一/二/三 what each is about, and a 学习教育's year, and picks one by keyboard", async () => {
    const { page, context } = await open();
    await page.getByRole("tree").getByText("扎实开展党内集中学习教育").click();
    const choices = page.getByRole("radiogroup", { name: "写法" });
    await expect
      .poll(() =>
        choices
          .getByRole("radio")
          .evaluateAll((radios) => radios.map((r) => r.labels![0]!.textContent))
      )
      .toEqual([
        "写法一：树立和践行正确政绩观学习教育（2026年）",
        "写法二：党纪学习教育（2024年）",
        "写法三：深入贯彻中央八项规定精神学习教育（2025年）",
      ]);
    // Each choice whole within the pane, none cut off at its edge.
    for (const radio of await choices.getByRole("radio").all())
      expect(await inView(page, radio)).toBe(true);
    const overflow = await choices.evaluate((group) => group.scrollWidth - group.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The keyboard: the checked choice, then ↓ to the next; the preview follows.
    await choices.getByRole("radio", { checked: true }).focus();
    await page.keyboard.press("ArrowDown");
    const preview = page.getByRole("region", { name: "预览" });
    await expect.poll(() => preview.textContent()).toContain("扎实开展党纪学习教育");
    await choices.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/templates-variant-hints-${size.width}.png` });
    // A part's wordings say theirs too.
    await page.getByRole("tree").getByText("标题", { exact: true }).click();
    await expect
      .poll(() =>
        choices
          .getByRole("radio")
          .evaluateAll((radios) => radios.map((r) => r.labels![0]!.textContent))
      )
      .toEqual(["写法一：总结及下年打算", "写法二：只写总结"]);
    await context.close();
  });
});
