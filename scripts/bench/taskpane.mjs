// Task pane weight: the initial JavaScript (raw, gzip) a task pane page loads before anything else.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export async function initialJs(dist) {
  const html = await readFile(join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((src) => !src.includes("office.js"));
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const content = await readFile(join(dist, src));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { scripts, raw, gzip };
}
