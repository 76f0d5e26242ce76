import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startBrowser } from "./harness";

const harness = startBrowser();

const texts = (page: Page) => page.getByLabel("文档").locator("[data-level]").allInnerTexts();

/** Type a line in the document, select it and press 存为常用语: the dialog that opens. */
async function saveTypedLine(page: Page, line: string) {
  await page.getByLabel("文档").click();
  await page.keyboard.type(line);
  await page.keyboard.press("Shift+Home");
  await page.getByRole("button", { name: "存为常用语" }).click();
  return page.getByRole("dialog");
}

async function openPhrases(page: Page) {
  await page.goto(harness.url);
  await page.getByRole("tab", { name: "提法" }).click();
}

describe("the 提法 tab in the playground", () => {
  it("finds 四个意识 by its initials and inserts it in quotes at the cursor", async () => {
    const { page, context } = await harness.page();
    await openPhrases(page);
    const doc = page.getByLabel("文档");
    await doc.click();
    await page.keyboard.type("增强，坚定信心");
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
    await page.getByRole("searchbox", { name: "搜索提法" }).fill("sgys");
    await page.getByRole("button", { name: "插入名称：四个意识" }).click();
    await expect.poll(() => texts(page)).toEqual(["增强“四个意识”，坚定信心"]);
    await page.screenshot({ path: "test-results/phrases.png" });
    await context.close();
  });

  it("inserts where the keyboard left the cursor, even when the click follows the keys at once (repeated)", async () => {
    const { page, context } = await harness.page();
    for (let round = 0; round < 8; round++) {
      await openPhrases(page);
      await page.getByRole("searchbox", { name: "搜索提法" }).fill("sgys");
      await page.getByLabel("文档").click();
      await page.keyboard.type("增强，坚定信心");
      const left = 1 + (round % 5);
      for (let i = 0; i < left; i++) await page.keyboard.press("ArrowLeft");
      await page.getByRole("button", { name: "插入名称：四个意识" }).click();
      const typed = "增强，坚定信心";
      const at = typed.length - left;
      await expect
        .poll(() => texts(page), { message: `round ${round}` })
        .toEqual([`${typed.slice(0, at)}“四个意识”${typed.slice(at)}`]);
    }
    await context.close();
  });

  it("saves the selection as an own phrase that survives a reload and is found by pinyin", async () => {
    const { page, context } = await harness.page();
    await openPhrases(page);
    const dialog = await saveTypedLine(page, "坚持党建引领业务发展");
    await expect.poll(() => dialog.getByLabel("内容").inputValue()).toBe("坚持党建引领业务发展");
    await dialog.getByLabel("名称").fill("党建引领");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => page.getByText("已保存“党建引领”").count()).toBe(1);

    await page.reload();
    await page.getByRole("tab", { name: "提法" }).click();
    await page.getByRole("searchbox", { name: "搜索提法" }).fill("djyl");
    await expect.poll(() => page.getByRole("article", { name: "党建引领" }).count()).toBe(1);
    await context.close();
  });

  it("names a long selection at a punctuation mark, finds it by the pinyin of its text, and undoes its deletion", async () => {
    const { page, context } = await harness.page({ viewport: { width: 1024, height: 600 } });
    await page.goto(`${harness.url}?pane=320`);
    await page.getByRole("tab", { name: "提法" }).click();
    const dialog = await saveTypedLine(page, "持续整治形式主义为基层减负，推动机关作风持续向好");
    await expect
      .poll(() => dialog.getByLabel("名称").inputValue())
      .toBe("持续整治形式主义为基层减负");
    await dialog.getByRole("button", { name: "保存" }).click();
    const search = page.getByRole("searchbox", { name: "搜索提法" });
    await search.fill("jgzf");
    const card = page.getByRole("article", { name: "持续整治形式主义为基层减负" });
    await expect.poll(() => card.count()).toBe(1);

    // One wrong initial: the pane offers what was meant.
    await search.fill("sgyx");
    await page.getByRole("button", { name: "四个意识" }).click();
    await expect.poll(() => search.inputValue()).toBe("四个意识");

    await search.fill("jgzf");
    await card.getByRole("button", { name: "删除：持续整治形式主义为基层减负" }).click();
    await expect.poll(() => card.count()).toBe(0);
    const undo = page.getByRole("button", { name: "撤消删除" });
    await expect.poll(() => undo.isVisible()).toBe(true);
    await undo.click();
    await expect.poll(() => card.count()).toBe(1);
    await expect.poll(() => page.getByText("已恢复“持续整治形式主义为基层减负”。").count()).toBe(1);
    await context.close();
  });

  it("with the browser's storage full, keeps the dialog and the typed phrase, says why in Chinese, and loses nothing stored", async () => {
    const { page, context } = await harness.page();
    await openPhrases(page);
    await page.getByRole("button", { name: "新建" }).click();
    let dialog = page.getByRole("dialog");
    await dialog.getByLabel("名称").fill("第一条");
    await dialog.getByLabel("内容").fill("已经保存的内容。");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => page.getByText("已保存“第一条”").count()).toBe(1);
    // Fill the origin's real quota with filler until the browser refuses more.
    const filled = await page.evaluate(() => {
      let refused = "never full";
      let n = 0;
      for (let size = 1 << 20; size >= 1; size >>= 1) {
        const chunk = "x".repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`filler-${n++}`, chunk);
          } catch (error) {
            refused = (error as DOMException).name;
            break;
          }
        }
      }
      return refused;
    });
    expect(filled).toBe("QuotaExceededError");
    await page.getByRole("button", { name: "新建" }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("名称").fill("第二条");
    await dialog.getByLabel("内容").fill("新写的一段话。");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => dialog.getByText(/存储空间已满/).count()).toBe(1);
    expect(await dialog.getByLabel("内容").inputValue()).toBe("新写的一段话。");
    await dialog.getByRole("button", { name: "取消" }).click();
    const stored = await page.evaluate(() => localStorage.getItem("dangjian.phrases.user"));
    expect(JSON.parse(stored!).entries.map((e: { name: string }) => e.name)).toEqual(["第一条"]);
    await context.close();
  });

  it("imports a library file, reports the counts, and rejects a bad file without changing anything", async () => {
    const { page, context } = await harness.page();
    await openPhrases(page);
    const dir = mkdtempSync(join(tmpdir(), "dangjian-import-"));
    const good = join(dir, "phrases-good.json");
    writeFileSync(
      good,
      JSON.stringify({
        format: "dangjian-writer/phrases",
        version: 1,
        entries: [{ id: "a1", name: "廉政提醒", text: "节前开展廉政提醒谈话。" }],
      })
    );
    await page.getByLabel("导入", { exact: true }).setInputFiles(good);
    await expect.poll(() => page.getByText("导入成功：新增 1 条，更新 0 条。").count()).toBe(1);

    const bad = join(dir, "phrases-bad.json");
    writeFileSync(
      bad,
      JSON.stringify({
        format: "dangjian-writer/phrases",
        version: 1,
        entries: [{ id: "a2", name: "", text: "x" }],
      })
    );
    await page.getByLabel("导入", { exact: true }).setInputFiles(bad);
    await expect
      .poll(() => page.getByText(/导入失败，常用语未作任何改动。第 1 条（a2）缺少名称/).count())
      .toBe(1);
    await page.getByRole("combobox", { name: "范围" }).click();
    await page.getByRole("option", { name: "我的常用语" }).click();
    await expect.poll(() => page.getByRole("article").count()).toBe(1);
    await context.close();
  });
});

describe("the shared library from a server on this machine", () => {
  /**
   * One server: /silent never answers, /slow answers when released, /loop redirects to itself,
   * /fast at once; every answer allows the pane's origin.
   */
  async function libraryServer() {
    const { createServer } = await import("node:http");
    const body = (name: string) =>
      JSON.stringify({
        format: "dangjian-writer/phrases",
        version: 1,
        entries: [{ id: name, name, text: `${name}的内容。` }],
      });
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    let slowClosed: () => void = () => {};
    const slowDone = new Promise<void>((done) => (slowClosed = done));
    const server = createServer((request, response) => {
      const answer = (name: string) => {
        response.writeHead(200, {
          "Content-Type": "application/json",
          "Access-Control-Allow-Origin": "*",
        });
        response.end(body(name));
      };
      if (request.url === "/silent") return;
      if (request.url === "/loop") {
        response.writeHead(302, { Location: "/loop", "Access-Control-Allow-Origin": "*" });
        return void response.end();
      }
      if (request.url === "/slow") {
        response.on("close", slowClosed);
        return void held.then(() => answer("旧地址条目"));
      }
      answer("新地址条目");
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as { port: number };
    return {
      base: `http://127.0.0.1:${port}`,
      release,
      slowDone,
      close: () => new Promise((done) => server.close(done)),
    };
  }

  it("gives up on a silent server with a Chinese message, and an older slow answer never replaces the address saved after it", async () => {
    const server = await libraryServer();
    const { page, context } = await harness.page();
    await page.clock.install();
    await openPhrases(page);
    const settings = async (url: string) => {
      if (!(await page.getByRole("dialog").count())) {
        await page.getByRole("button", { name: "更多" }).click();
        await page.getByRole("menuitem", { name: "设置" }).click();
      }
      await page.getByLabel("单位共享提法库地址").fill(url);
      await page.getByRole("button", { name: "保存" }).click();
    };

    await settings(`${server.base}/silent`);
    await expect.poll(() => page.getByText("正在更新共享提法库…").count()).toBe(1);
    await page.clock.fastForward(15_000);
    await expect.poll(() => page.getByText(/服务器 15 秒内没有响应/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText("正在更新共享提法库…").count()).toBe(0);

    // A slow server, then another address saved while it still has not answered.
    await settings(`${server.base}/slow`);
    await expect.poll(() => page.getByText("正在更新共享提法库…").count()).toBe(1);
    await settings(`${server.base}/fast`);
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    server.release();
    const search = page.getByRole("searchbox", { name: "搜索提法" });
    await search.fill("地址条目");
    await expect
      .poll(() => page.getByText("新地址条目", { exact: true }).count())
      .toBeGreaterThan(0);
    // The old request has ended (answered or cut off by the pane); whatever came back changed
    // nothing.
    await server.slowDone;
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
    );
    await search.fill("");
    await search.fill("地址条目");
    expect(await page.getByText("旧地址条目", { exact: true }).count()).toBe(0);
    await page.getByRole("button", { name: "更多" }).click();
    await page.getByRole("menuitem", { name: "设置" }).click();
    expect(await page.getByLabel("单位共享提法库地址").inputValue()).toBe(`${server.base}/fast`);
    await context.close();
    await server.close();
  });

  it("says a redirect loop is one, and will not save a password in the address", async () => {
    const server = await libraryServer();
    const { page, context } = await harness.page();
    await openPhrases(page);
    await page.getByRole("button", { name: "更多" }).click();
    await page.getByRole("menuitem", { name: "设置" }).click();
    const address = page.getByLabel("单位共享提法库地址");
    await address.fill(server.base.replace("http://", "http://wang:secret@") + "/fast");
    await expect.poll(() => page.getByText(/地址中不能包含用户名或密码/).count()).toBe(1);
    expect(await page.getByRole("button", { name: "保存" }).isDisabled()).toBe(true);
    await address.fill(`${server.base}/loop`);
    await page.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => page.getByText(/循环转址/).count()).toBeGreaterThan(0);
    expect(await page.getByText(/Access-Control-Allow-Origin/).count()).toBe(0);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain("secret");
    await context.close();
    await server.close();
  });
});
