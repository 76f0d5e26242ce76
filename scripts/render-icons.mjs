// Renders assets/icon.svg to the PNG sizes the manifest names. Run after changing the drawing.
import { readFile } from "node:fs/promises";
import { chromium } from "playwright-core";
import { chromiumPath, chromiumArgs } from "./chromium.mjs";

const sizes = [16, 20, 32, 64, 80];
const svg = await readFile(new URL("../assets/icon.svg", import.meta.url), "utf8");
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace('width="64" height="64"', `width="${size}" height="${size}"`);
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${sized}</body></html>`
  );
  await page.locator("svg").screenshot({
    path: new URL(`../assets/icon-${size}.png`, import.meta.url).pathname,
    omitBackground: true,
  });
}
await browser.close();
console.log(`icons: ${sizes.join(", ")} px`);
