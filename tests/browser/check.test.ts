import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";

const harness = startBrowser();

const documentTexts = (page: Page) =>
  page.getByLabel("文档").locator("[data-level]").allTextContents();
const summary = (page: Page) =>
  page
    .getByText(/暂不宜提交|可以提交|建议核实。/)
    .first()
    .textContent();

async function checkSample(page: Page) {
  await page.goto(harness.url);
  await page.getByRole("button", { name: "载入示例文稿" }).click();
  await page.getByRole("tab", { name: "检查" }).click();
  await page.getByRole("button", { name: "开始检查" }).click();
  await expect.poll(() => summary(page)).toMatch(/还有 6 处错误需要修改，2 处建议核实/);
}

describe("the 检查 tab in the playground", () => {
  it("lists the sections and the findings by rule, and selects a finding's text on click", async () => {
    const { page, context } = await harness.page();
    await page.goto(harness.url);
    await page.getByRole("tab", { name: "检查" }).click();
    // Before any check there is nothing detected to name.
    await expect
      .poll(() => page.getByRole("combobox", { name: "文稿类型" }).textContent())
      .toBe("自动识别");
    await checkSample(page);
    // The verdict says how long the text is; no other message stands above it.
    await expect
      .poll(() => summary(page))
      .toMatch(
        /暂不宜提交。另有 \d+ 处格式不合公文格式国家标准，可一键排版。正文共 \d{3} 字（目标 3000 字以内）。$/
      );
    expect(await page.locator('[data-status-at="top"]').count()).toBe(0);
    // The sections in one line naming what is missing; the whole list on request.
    await expect.poll(() => page.getByText(/^必备部分缺 1 项：存在的问题和不足。/).count()).toBe(1);
    await page.getByRole("button", { name: "查看各部分" }).click();
    const sections = page.getByRole("list", { name: "必备部分", exact: true });
    await expect
      .poll(() =>
        sections.getByRole("listitem").filter({ hasText: "存在的问题和不足" }).textContent()
      )
      .toContain("缺少");
    // Listed once with its action: 补上 is on the finding, not in the list.
    expect(await sections.getByRole("button", { name: "补上" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "补上" }).count()).toBe(1);
    for (const title of [
      "缺少必备部分",
      "未填写的空白",
      "提法不规范",
      "序号不连续或不统一",
      "年份前后不一致",
      "网站残留内容",
      "标点符号",
    ]) {
      expect(await page.getByRole("list", { name: title, exact: true }).count(), title).toBe(1);
    }
    await page.getByRole("button", { name: "“XX”是未填写的空白，请填入实际内容。" }).click();
    await expect
      .poll(() => page.getByLabel("文档").locator("[data-selected]").textContent())
      .toBe("XX");
    await page.screenshot({ path: "test-results/check-findings.png" });
    await context.close();
  });

  it("applies fixes: a 提法 becomes canonical, a blank is filled, a missing section is inserted and numbered", async () => {
    const { page, context } = await harness.page();
    await checkSample(page);
    await page.getByRole("button", { name: /^改为“习近平新时代/ }).click();
    await expect
      .poll(async () => (await documentTexts(page))[3])
      .toContain("坚持用习近平新时代中国特色社会主义思想凝心铸魂");

    const blanks = page.getByRole("list", { name: "未填写的空白" });
    await blanks.getByRole("textbox", { name: "填写内容" }).fill("12");
    await blanks.getByRole("button", { name: "填入", exact: true }).click();
    await expect.poll(async () => (await documentTexts(page))[3]).toContain("学习12次");
    // The blanks' group went with its only finding: the message stays in view at the pane's foot,
    // not at the top.
    await expect
      .poll(() => page.locator('[data-status-at="rule:placeholder"]').textContent())
      .toBe("已修改，并重新检查。可用 Word 的“撤消”（Ctrl+Z）撤回。");
    expect(await page.locator('[data-status-at="top"]').count()).toBe(0);

    await page
      .getByRole("list", { name: "缺少必备部分", exact: true })
      .getByRole("button", { name: "补上" })
      .click();
    await expect
      .poll(() => page.getByText(/已补上“存在的问题和不足”，并顺延了后面 1 处编号/).count())
      .toBe(1);
    const texts = await documentTexts(page);
    const headings = texts.filter((t) => /^[一二三]、/.test(t));
    expect(headings).toEqual(["一、2025年主要工作", "二、存在的问题和不足", "三、2025年工作打算"]);
    expect(texts.indexOf("二、存在的问题和不足")).toBeGreaterThan(
      texts.indexOf("更多精品范文请关注公众号")
    );
    expect(await page.getByRole("list", { name: "缺少必备部分" }).count()).toBe(0);

    await page
      .getByRole("list", { name: "网站残留内容" })
      .getByRole("button", { name: "删除", exact: true })
      .click();
    await expect
      .poll(async () => (await documentTexts(page)).includes("更多精品范文请关注公众号"))
      .toBe(false);
    // The group is gone with its last finding: the message stays in view.
    const message = page.locator('[data-status-at="rule:residue"]');
    await expect
      .poll(() => message.textContent())
      .toBe("已修改，并重新检查。可用 Word 的“撤消”（Ctrl+Z）撤回。");
    expect(
      await message.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight)
    ).toBe(true);
    await context.close();
  });

  it("adds the findings as comments on their text, shown in the margin, and removes only its own", async () => {
    const { page, context } = await harness.page();
    await checkSample(page);
    await page.getByRole("button", { name: "添加为批注" }).click();
    // The message stands under the buttons that were used.
    await expect
      .poll(() => page.locator('[data-status-at="comments"]').textContent())
      .toMatch(/已添加 8 条批注/);
    const margin = page.getByRole("complementary", { name: "批注" });
    const cards = margin.locator("[data-comment]");
    await expect.poll(() => cards.count()).toBe(8);
    const texts = await cards.allInnerTexts();
    expect(texts.some((t) => t.includes("“XX”") && t.includes("【未填写的空白】"))).toBe(true);
    // A missing section's comment sits on the paragraph it would follow, and says what is missing.
    expect(
      texts.some((t) => t.includes("【缺少必备部分】") && t.includes("存在的问题和不足"))
    ).toBe(true);
    await page.screenshot({ path: "test-results/check-comments.png" });
    await page.getByRole("button", { name: "删除本工具的批注" }).click();
    await expect.poll(() => cards.count()).toBe(0);
    await expect.poll(() => page.getByText(/已删除本工具添加的 8 条批注/).count()).toBe(1);
    await context.close();
  });

  it("ignores a finding, keeps it ignored on the next check, and can restore it", async () => {
    const { page, context } = await harness.page();
    await checkSample(page);
    const punctuation = page.getByRole("list", { name: "标点符号" });
    await expect.poll(() => punctuation.getByRole("listitem").count()).toBe(2);
    // What a screen reader is told: through document.ariaNotify where Chromium has it, else text in
    // a live region.
    await page.evaluate(() => {
      const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
      const doc = document as unknown as {
        ariaNotify?: (message: string, options?: unknown) => void;
      };
      const notify = doc.ariaNotify?.bind(document);
      if (notify) {
        doc.ariaNotify = (message, options) => {
          heard.push(message);
          notify(message, options);
        };
      }
      new MutationObserver(() => {
        for (const region of document.querySelectorAll("[aria-live]"))
          if (region.textContent) heard.push(region.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await punctuation.getByRole("listitem").first().getByRole("button", { name: "忽略" }).click();
    await expect.poll(() => punctuation.getByRole("listitem").count()).toBe(1);
    // The message stands in the group acted in, and is announced.
    await expect
      .poll(() => page.locator('[data-status-at="rule:punctuation"]').textContent())
      .toBe("已忽略，下次检查不再显示。");
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
      .toContainEqual(expect.stringContaining("已忽略，下次检查不再显示。"));
    await page.getByRole("button", { name: "重新检查" }).click();
    await expect.poll(() => page.getByText("已忽略 1 项。").count()).toBe(1);
    expect(await punctuation.getByRole("listitem").count()).toBe(1);
    await page.getByRole("button", { name: "恢复全部" }).click();
    await expect.poll(() => punctuation.getByRole("listitem").count()).toBe(2);
    await context.close();
  });

  it("opens groups that first appear at a later check, and keeps a group the user closed closed", async () => {
    const { page, context } = await harness.page();
    await page.goto(harness.url);
    await page.getByLabel("文档").click();
    await page.keyboard.type("关于党建工作的几点体会");
    await page.getByRole("tab", { name: "检查" }).click();
    await page.getByRole("button", { name: "开始检查" }).click();
    await expect
      .poll(() => page.getByRole("list", { name: "缺少必备部分" }).isVisible())
      .toBe(true);
    await page.getByRole("button", { name: /^缺少必备部分/ }).click();
    await expect
      .poll(() => page.getByRole("list", { name: "缺少必备部分" }).isVisible())
      .toBe(false);
    await page.getByRole("button", { name: "载入示例文稿" }).click();
    await page.getByRole("button", { name: "重新检查" }).click();
    await expect.poll(() => summary(page)).toMatch(/还有 6 处错误需要修改/);
    for (const title of ["未填写的空白", "提法不规范", "标点符号"]) {
      await expect
        .poll(() => page.getByRole("list", { name: title, exact: true }).isVisible(), {
          message: title,
        })
        .toBe(true);
    }
    expect(await page.getByRole("list", { name: "缺少必备部分" }).isVisible()).toBe(false);
    await context.close();
  });

  it("checks against a document type the user chooses instead of the detected one", async () => {
    const { page, context } = await harness.page();
    await checkSample(page);
    expect(await page.getByRole("combobox", { name: "文稿类型" }).textContent()).toContain(
      "自动识别（年度党建工作总结）"
    );
    await page.getByRole("combobox", { name: "文稿类型" }).click();
    await page.getByRole("option", { name: "党建工作情况报告" }).click();
    await page.getByRole("button", { name: "重新检查" }).click();
    await page.getByRole("button", { name: "查看各部分" }).click();
    const sections = page.getByRole("list", { name: "必备部分", exact: true });
    await expect
      .poll(() => sections.getByRole("listitem").filter({ hasText: "主送机关" }).textContent())
      .toContain("缺少");
    await context.close();
  });
});

describe("a very long report", () => {
  it("is checked off the pane's thread: the pane answers a click while a 2 MB report is checked, and findings come a page at a time", async () => {
    const { page, context, errors } = await harness.page();
    await page.goto(harness.url);
    const report = readFileSync(
      resolve(__dirname, "../fixtures/reports/annual-summary-agency.txt"),
      "utf8"
    );
    const big = report.repeat(Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(report)));
    expect(Buffer.byteLength(big)).toBeGreaterThan(2 * 1024 * 1024);
    await page.getByLabel("文档").click();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      document
        .querySelector('[aria-label="文档"]')!
        .dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
        );
    }, big);
    await expect
      .poll(() => page.getByLabel("文档").locator("[data-level]").count(), { timeout: 60_000 })
      .toBeGreaterThan(1000);
    await page.getByRole("tab", { name: "检查" }).click();
    // The tab's content is its own chunk: on a busy machine it may still be loading.
    await page.getByRole("button", { name: "开始检查" }).waitFor();
    // Start the check, then click another tab at once: the click must take effect before the check
    // ends.
    const answered = await page.evaluate(async () => {
      const button = [...document.querySelectorAll("button")].find(
        (b) => b.textContent === "开始检查"
      )!;
      const started = performance.now();
      button.click();
      await new Promise((done) => setTimeout(done, 0));
      const tab = [...document.querySelectorAll('[role="tab"]')].find((t) =>
        t.textContent?.includes("模板")
      ) as HTMLElement;
      tab.click();
      await new Promise((done) => requestAnimationFrame(() => done(null)));
      return {
        selected: tab.getAttribute("aria-selected"),
        after: performance.now() - started,
        checked: /暂不宜提交|可以提交/.test(document.body.textContent ?? ""),
      };
    });
    expect(answered.selected).toBe("true");
    // The tab answered while the check was still running: the check is not on the pane's thread.
    expect(answered.checked).toBe(false);
    console.log(
      `tab click answered ${answered.after.toFixed(0)} ms after 开始检查 on a ${(Buffer.byteLength(big) / 1024 / 1024).toFixed(1)} MB report`
    );
    await page.getByRole("tab", { name: "检查" }).click();
    await expect.poll(() => summary(page), { timeout: 60_000 }).toMatch(/暂不宜提交/);
    const blanks = page.getByRole("list", { name: "未填写的空白", exact: true });
    expect(await blanks.getByRole("listitem").count()).toBe(50);
    await page
      .getByRole("button", { name: /^再显示 50 条/ })
      .first()
      .click();
    expect(await blanks.getByRole("listitem").count()).toBe(100);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe("公文格式 in the 检查 tab", () => {
  it("lists the layout of a report typed with Word's defaults apart from its errors, and 一键排版 settles it without changing the text", async () => {
    const { page, context } = await harness.page();
    await checkSample(page);
    const before = await documentTexts(page);
    await expect
      .poll(() => summary(page))
      .toMatch(/另有 \d+ 处格式不合公文格式国家标准，可一键排版。/);
    const group = page.getByRole("list", { name: "公文格式", exact: true });
    await expect.poll(() => group.getByRole("listitem").count()).toBeGreaterThan(5);
    await expect
      .poll(() =>
        group.getByText(/^标题有 1 段字体不是方正小标宋简体：第 1 段，现为等线。$/).count()
      )
      .toBe(1);
    // The standard's typefaces are not on this machine: the pane says so and offers what to use
    // instead. One line says so; 更改 opens a choice per typeface.
    await expect.poll(() => page.getByText(/^本机缺 \d 种公文字体/).count()).toBe(1);
    expect(await page.getByText("本机没有“仿宋_GB2312”，改用").count()).toBe(0);
    await page.getByRole("button", { name: "更改" }).click();
    await expect.poll(() => page.getByText("本机没有“仿宋_GB2312”，改用").count()).toBe(1);
    await page.screenshot({ path: "test-results/layout-before.png" });
    await page.getByRole("button", { name: "一键排版" }).click();
    await expect
      .poll(() => page.locator('[data-status-at="layout"]').textContent())
      .toMatch(/^已排版 \d+ 段，并重新检查。/);
    // The layout findings are gone, the others stay, and not a character of the text changed.
    expect(await page.getByRole("list", { name: "公文格式", exact: true }).count()).toBe(0);
    await expect
      .poll(() => summary(page))
      .toMatch(
        /^还有 6 处错误需要修改，2 处建议核实，暂不宜提交。正文共 \d+ 字（目标 3000 字以内）。$/
      );
    expect(await documentTexts(page)).toEqual(before);
    // The page shows it: the title centred in 22 pt.
    const title = page.getByLabel("文档").locator("[data-level]").first();
    const [align, size] = await title.evaluate((p) => [
      getComputedStyle(p).textAlign,
      getComputedStyle(p).fontSize,
    ]);
    expect(align).toBe("center");
    expect(parseFloat(size!)).toBeCloseTo((22 * 4) / 3, 2);
    await page.screenshot({ path: "test-results/layout-after.png" });
    await context.close();
  });
});
