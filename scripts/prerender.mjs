// Draws the task pane's first screen at build time into dist/taskpane.html (see src/taskpane/prerender.tsx).
// The drawn screen is inert: it shows the pane at once, and the live pane replaces it when its code has run;
// a small script after it keeps it only where the live pane will look the same (saved form, report year).
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BUNDLE = resolve(root, "node_modules/.cache/prerender.mjs");
/** What taskpane.html holds in its root until the pane is drawn: replaced by the drawn screen. */
export const LOADING_LINE = '<p class="boot" role="status">正在加载……</p>';

export async function prerenderInto(html) {
  // React's and Fluent's production builds: what the pane runs, without development warnings.
  process.env.NODE_ENV = "production";
  await build({
    entryPoints: [resolve(root, "src/taskpane/prerender.tsx")],
    outfile: BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    packages: "external",
    logLevel: "warning",
  });
  const { prerender } = await import(`${pathToFileURL(BUNDLE).href}?${Date.now()}`);
  const { html: screen, styles } = await prerender(LOADING_LINE);
  if (!html.includes(LOADING_LINE)) throw new Error("taskpane.html has no loading line to replace");
  return html.replace("</head>", `${styles}</head>`).replace(LOADING_LINE, screen);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const page = resolve(root, process.argv[2] ?? "dist/taskpane.html");
  writeFileSync(page, await prerenderInto(readFileSync(page, "utf8")));
}
