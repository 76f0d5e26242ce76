import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";

const harness = startBrowser();

async function documentParagraphs(page: Page): Promise<Array<{ text: string; level: string }>> {
  return page
    .getByLabel("文档")
    .locator("[data-level]")
    .evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent ?? "", level: el.getAttribute("data-level") ?? "" }))
    );
}

async function chooseType(page: Page, name: string) {
  await page.getByRole("combobox", { name: "文稿类型" }).selectOption({ label: name });
}

describe("the 模板 tab in the playground", () => {
  it("inserts the whole skeleton with title, numbered headings on heading levels, and a remembered form", async () => {
    const { page, context } = await harness.page();
    await page.goto(harness.url);
    await chooseType(page, "年度党建工作总结");
    await page.getByLabel("单位名称").fill("市统计局");
    await page.getByLabel("年度").fill("2025");
    await page.getByRole("button", { name: "插入全文框架" }).click();
    await expect.poll(() => page.getByText("已插入“全文框架”").count()).toBe(1);

    const paragraphs = await documentParagraphs(page);
    expect(paragraphs[0]).toEqual({
      text: "市统计局2025年党建工作总结及2026年工作打算",
      level: "0",
    });
    const headings = paragraphs.filter((p) => p.level !== "0");
    expect(headings.filter((h) => h.level === "1").map((h) => h.text)).toEqual([
      "一、2025年主要工作",
      "二、存在的问题和不足",
      "三、2026年工作打算",
    ]);
    expect(headings.find((h) => h.text.startsWith("（一）"))?.level).toBe("2");
    expect(headings.filter((h) => h.level === "2").map((h) => h.text.slice(0, 3))).toEqual([
      "（一）",
      "（二）",
      "（三）",
      "（四）",
      "（五）",
      "（六）",
      "（一）",
      "（二）",
      "（三）",
      "（一）",
      "（二）",
      "（三）",
      "（四）",
    ]);
    expect(paragraphs.some((p) => p.text.includes("〔　〕"))).toBe(true);
    await page.screenshot({ path: "test-results/templates-skeleton.png" });

    await page.reload();
    await expect.poll(() => page.getByLabel("单位名称").inputValue()).toBe("市统计局");
    expect(await page.getByLabel("年度").inputValue()).toBe("2025");
    await context.close();
  });

  it("inserts a topic after （三） as （四） and renumbers the later topics", async () => {
    const { page, context } = await harness.page();
    await page.goto(harness.url);
    await chooseType(page, "年度党建工作总结");
    await page.getByLabel("单位名称").fill("市统计局");
    await page.getByRole("button", { name: "插入全文框架" }).click();
    await expect.poll(() => page.getByText("已插入“全文框架”").count()).toBe(1);

    // The cursor at the end of the body of （三）.
    const doc = page.getByLabel("文档");
    const third = doc.locator("[data-level='2']", { hasText: "（三）" }).first();
    const thirdBody = third.locator("xpath=following-sibling::p[1]");
    await thirdBody.click();
    await page.keyboard.press("End");
    await page.getByRole("button", { name: "插入：扎实开展党内集中学习教育" }).click();
    await expect
      .poll(() =>
        page
          .getByText(
            /已插入“扎实开展党内集中学习教育”，在“一、\d{4}年主要工作”下，编号为（四）；后面 3 处编号已顺延/
          )
          .count()
      )
      .toBe(1);

    const topics = (await documentParagraphs(page))
      .filter((p) => p.level === "2")
      .slice(0, 7)
      .map((p) => p.text);
    expect(topics).toEqual([
      "（一）突出政治引领，加强党的政治建设",
      "（二）强化理论武装，筑牢思想根基",
      "（三）夯实基层基础，建强战斗堡垒",
      "（四）扎实开展党内集中学习教育",
      "（五）坚持正风肃纪，推进党风廉政建设",
      "（六）压实意识形态工作责任，守牢思想阵地",
      "（七）落实全面从严治党主体责任",
    ]);
    // Heading and body went in through the host and read back from the document.
    const all = await documentParagraphs(page);
    const at = all.findIndex((p) => p.text === "（四）扎实开展党内集中学习教育");
    expect(all[at]!.level).toBe("2");
    expect(all[at + 1]).toEqual({
      text: expect.stringContaining("正确政绩观学习教育"),
      level: "0",
    });
    await context.close();
  });

  it("previews a topic in each of its wordings and inserts the chosen one", async () => {
    const { page, context } = await harness.page();
    await page.goto(harness.url);
    await page.getByText("强化理论武装，筑牢思想根基").click();
    const preview = page.getByRole("region", { name: "预览" });
    await expect.poll(() => preview.innerText()).toContain("（一）强化理论武装");
    await preview.getByRole("radio", { name: "写法二" }).check();
    await expect.poll(() => preview.innerText()).toContain("制定年度理论学习计划");
    await page.getByRole("button", { name: "插入：强化理论武装，筑牢思想根基" }).click();
    await expect
      .poll(async () => (await documentParagraphs(page)).map((p) => p.text))
      .toEqual([
        "（一）强化理论武装，筑牢思想根基",
        expect.stringContaining("制定年度理论学习计划"),
      ]);
    await context.close();
  });
});
