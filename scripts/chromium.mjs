// Where Debian's Chromium is, and the flags that keep it quiet on a closed network.
import { existsSync } from "node:fs";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

export function chromiumPath() {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      "未找到 Chromium，无法运行浏览器测试。Chromium not found.\n" +
        "Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk\n" +
        "Or set CHROMIUM_PATH to a Chromium or Chrome executable."
    );
  }
  return found;
}
