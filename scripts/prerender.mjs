// Draws the task pane's first screen into taskpane.html (see src/taskpane/prerender.tsx); webpack's
// production build runs it after emitting (webpack.config.js), and it runs alone on a built page
// too. The drawn screen is inert: it shows the pane at once, and the live pane replaces it when its
// code has run; a small script after it keeps it only where the live pane will look the same (saved
// form, report year).
import { build } from "esbuild";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** What taskpane.html holds in its root until the pane is drawn: replaced by the drawn screen. */
export const LOADING_LINE = '<p class="boot" role="status">正在加载……</p>';

export async function prerenderInto(html, preload = []) {
  // React's and Fluent's production builds: what the pane runs, without development warnings.
  process.env.NODE_ENV = "production";
  // One bundle per process, so builds running side by side do not share a file.
  const bundle = resolve(root, `node_modules/.cache/prerender-${process.pid}.mjs`);
  await build({
    entryPoints: [resolve(root, "src/taskpane/prerender.tsx")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    packages: "external",
    logLevel: "warning",
  });
  let drawn;
  try {
    const { prerender } = await import(`${pathToFileURL(bundle).href}?${Date.now()}`);
    drawn = await prerender(LOADING_LINE);
  } finally {
    rmSync(bundle, { force: true });
  }
  const { html: screen, styles } = drawn;
  if (!html.includes(LOADING_LINE)) throw new Error("taskpane.html has no loading line to replace");
  const links = preload.map((file) => `<link rel="preload" as="script" href="${file}">`).join("");
  return html.replace("</head>", `${links}${styles}</head>`).replace(LOADING_LINE, screen);
}

/**
 * Draw into a built taskpane.html in place; `preload` names the scripts the live first screen
 * needs.
 */
export async function prerenderFile(page, preload = []) {
  writeFileSync(page, await prerenderInto(readFileSync(page, "utf8"), preload));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  await prerenderFile(resolve(root, process.argv[2] ?? "dist/taskpane.html"));
