// Typing in a 2 MB paragraph of the playground: from the key press to the next drawn frame.
/* global DataTransfer, document, ClipboardEvent, requestAnimationFrame -- used inside page.evaluate, which runs in the browser */
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";
import { serve } from "../serve.mjs";

const KEYS = 9;

export async function playgroundTyping(dist) {
  const { server, url } = await serve(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.getByLabel("文档").click();
    const paragraph = "在党委的坚强领导下，我们认真学习贯彻党的二十大精神，".repeat(80_000);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      document
        .querySelector('[aria-label="文档"]')
        .dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
        );
    }, paragraph);
    const frame = () =>
      page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    await frame();
    const times = [];
    for (let i = 0; i < KEYS; i++) {
      const started = Date.now();
      await page.keyboard.type("字");
      await frame();
      times.push(Date.now() - started);
    }
    times.sort((a, b) => a - b);
    return {
      keys: KEYS,
      chars: paragraph.length,
      median: times[Math.floor(KEYS / 2)],
      max: times[KEYS - 1],
    };
  } finally {
    await browser.close();
    server.close();
  }
}
