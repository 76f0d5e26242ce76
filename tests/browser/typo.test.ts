import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";

const harness = startBrowser();

describe("错别字 in the 检查 tab", () => {
  it("lists typos with their evidence, fixes one with 改为, and keeps a word with 忽略此词 across checks until 恢复全部", async () => {
    const { page, context } = await harness.page();
    await page.goto(harness.url);
    await page.getByLabel("文档").click();
    await page.keyboard.type("展厅布置得美仑美奂，大家谈笑风声。");
    await page.keyboard.press("Enter");
    await page.keyboard.type("新展区同样美仑美奂。");
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "开始检查" }).click();
    const typos = page.getByRole("list", { name: "错别字", exact: true });
    await expect.poll(() => typos.getByRole("listitem").count()).toBe(3);
    const first = typos.getByRole("listitem").first();
    expect(await first.textContent()).toContain("“美仑美奂”是错误写法");
    expect(await first.textContent()).toMatch(/出处：/);

    await typos
      .getByRole("listitem")
      .filter({ hasText: "谈笑风声" })
      .getByRole("button", { name: "改为“谈笑风生”" })
      .click();
    await expect.poll(() => page.getByLabel("文档").textContent()).toContain("大家谈笑风生。");
    await expect.poll(() => typos.getByRole("listitem").count()).toBe(2);

    // One word kept as correct hides it everywhere in the document.
    await first.getByRole("button", { name: /^忽略此词/ }).click();
    await expect.poll(() => typos.count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-status-at="rule:typo"]').textContent())
      .toContain("已把“美仑美奂”记为正确");
    await page.getByRole("button", { name: "重新检查" }).click();
    await expect.poll(() => page.getByText("已忽略 2 项。").count()).toBe(1);
    expect(await typos.count()).toBe(0);
    await page.getByRole("button", { name: "恢复全部" }).click();
    await expect.poll(() => typos.getByRole("listitem").count()).toBe(2);
    await context.close();
  });
});
