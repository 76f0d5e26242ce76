import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";

const harness = startBrowser();

const texts = (page: Page) => page.getByLabel("文档").locator("[data-level]").allTextContents();
const basis = (page: Page) => page.locator("[data-requirements]:visible").textContent();

/** The playground with the example organisation file set as the pane's shared library. */
async function withExampleRequirements(page: Page) {
  await page.goto(harness.url);
  await page.getByRole("button", { name: "使用示例单位要求" }).click();
  await page.getByLabel("年度").fill("2026");
  await page.getByLabel("单位名称").fill("市统计局");
  await expect.poll(() => basis(page)).toBe("模板按〔市直机关工委〕2026年要求");
}

describe("an organisation's requirements in the playground", () => {
  it("the 模板 tab inserts the organisation's templates, and the 检查 tab checks against its notice", async () => {
    const { page, context, errors } = await harness.page();
    await withExampleRequirements(page);
    await page.getByRole("button", { name: "插入全文框架" }).click();
    await expect
      .poll(() => texts(page))
      .toContain(
        "2026年，市统计局党组按照市直机关工委部署，把学习教育和各项党建任务统筹起来抓，主要做了以下几方面工作："
      );
    await page.getByRole("tab", { name: "检查" }).click();
    await expect.poll(() => basis(page)).toBe("按〔市直机关工委〕2026年要求检查");
    await page.getByRole("button", { name: "开始检查" }).click();
    const topic = page.getByRole("button", {
      name: /〔市直机关工委〕2026年要求：主要工作应写到“树立和践行正确政绩观学习教育”/,
    });
    // The first check loads the checker and its data: it may take a while on a busy machine.
    await expect.poll(() => topic.count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole("list", { name: "缺少要求写到的内容", exact: true }).count()).toBe(
      1
    );
    // The finding takes the writer to the section.
    await topic.click();
    await expect
      .poll(() => page.getByLabel("文档").locator("[data-selected]").textContent())
      .toBe("一、2026年主要工作");
    await page.screenshot({ path: "test-results/check-requirements.png" });
    // Written in, the topic is covered.
    await page
      .getByLabel("文档")
      .getByText(/^坚持把党的政治建设摆在首位/)
      .click();
    await page.keyboard.press("End");
    await page.keyboard.type("扎实开展树立和践行正确政绩观学习教育。");
    await page.getByRole("button", { name: "重新检查" }).click();
    await expect.poll(() => topic.count(), { timeout: 30_000 }).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a report of another year is checked as built in, and says why", async () => {
    const { page, context } = await harness.page();
    await withExampleRequirements(page);
    await page.getByRole("button", { name: "载入示例文稿" }).click();
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "开始检查" }).click();
    await expect
      .poll(() => basis(page), { timeout: 30_000 })
      .toBe(
        "标题中的年度不是2026年，未按〔市直机关工委〕2026年要求检查；要按它检查，请在上面选定文稿类型。"
      );
    expect(await page.getByText(/^〔市直机关工委〕/).count()).toBe(0);
    await context.close();
  });
});
