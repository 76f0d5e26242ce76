import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "./harness";
import { validateManifest } from "../manifest";
import { runChild } from "../childProcess";

const ROOT = resolve(__dirname, "../..");

function manifestUrls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|AppDomain>)="?(https:\/\/[^"<]+)/g)].map((m) => m[1]!);
}

/**
 * A production build into `outDir`: about half a minute alone, several minutes on a busy machine.
 */
async function build(outDir: string, env: Record<string, string>): Promise<void> {
  const built = await runChild(
    "npx",
    ["webpack", "--mode", "production", "--output-path", outDir],
    { cwd: ROOT, env: { ...process.env, ...env }, timeout: 540_000 }
  );
  if (built.status !== 0) throw new Error(`webpack failed: ${built.stderr}`);
}

/** A whole production build on a busy two-core machine. */
const BUILD_TIMEOUT_MS = 600_000;

describe("the production build", () => {
  it("emits a manifest that validates offline and whose every URL is a file the build emitted", () => {
    const manifest = join(DIST, "manifest.xml");
    validateManifest(manifest);
    const xml = readFileSync(manifest, "utf8");
    const urls = manifestUrls(xml).filter((url) => !url.endsWith(":3000"));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      const path = new URL(url).pathname;
      expect(existsSync(join(DIST, path)), `${url} → dist${path}`).toBe(true);
    }
  });

  it("copies only the office.js files Word needs", () => {
    const files = readdirSync(join(DIST, "office"), { recursive: true }).map(String).sort();
    expect(files).toContain("office.js");
    expect(files).toContain(join("zh-cn", "office_strings.js"));
    expect(files.some((f) => /excel|outlook|powerpoint|debug/.test(f))).toBe(false);
  });

  it("bundles name no address outside the origin but documentation links in library messages", () => {
    const bundles = readdirSync(DIST).filter((f) => f.endsWith(".js"));
    const urls = bundles.flatMap((f) =>
      [...readFileSync(join(DIST, f), "utf8").matchAll(/https?:\/\/[\w.-]+/g)].map((m) => m[0])
    );
    const allowed =
      /^https?:\/\/(www\.w3\.org|reactjs\.org|react\.dev|github\.com|aka\.ms|localhost)$/;
    expect(urls.filter((u) => !allowed.test(u))).toEqual([]);
  });

  it(
    "rewrites the manifest for ADDIN_BASE_URL and loads office.js from OFFICE_JS_URL",
    { timeout: BUILD_TIMEOUT_MS },
    async () => {
      const out = mkdtempSync(join(tmpdir(), "dangjian-build-"));
      try {
        await build(out, {
          ADDIN_BASE_URL: "https://oa.example.gov.cn/dangjian",
          OFFICE_JS_URL: "https://office.example.cn/lib/office.js",
        });
        const xml = readFileSync(join(out, "manifest.xml"), "utf8");
        expect(xml).not.toContain("localhost");
        expect(xml).toContain(
          '<SourceLocation DefaultValue="https://oa.example.gov.cn/dangjian/taskpane.html"/>'
        );
        expect(xml).toContain("<AppDomain>https://oa.example.gov.cn</AppDomain>");
        expect(readFileSync(join(out, "taskpane.html"), "utf8")).toContain(
          'src="https://office.example.cn/lib/office.js"'
        );
        expect(existsSync(join(out, "office"))).toBe(false);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }
  );
});

describe("a build with a current office.js (OFFICE_JS_DIR)", () => {
  it(
    "serves the office.js files of the given folder, as they are, instead of the npm package's",
    { timeout: BUILD_TIMEOUT_MS },
    async () => {
      const out = mkdtempSync(join(tmpdir(), "dangjian-build-"));
      const cdn = mkdtempSync(join(tmpdir(), "dangjian-officejs-"));
      try {
        const npm = join(ROOT, "node_modules/@microsoft/office-js/dist");
        mkdirSync(join(cdn, "zh-cn"));
        cpSync(join(npm, "zh-cn/office_strings.js"), join(cdn, "zh-cn/office_strings.js"));
        cpSync(join(npm, "o15apptofilemappingtable.js"), join(cdn, "o15apptofilemappingtable.js"));
        const current = "var OSF = OSF || {}; /* office.js as the CDN serves it today */\n";
        writeFileSync(join(cdn, "office.js"), current);
        writeFileSync(join(cdn, "word-win32-16.01.js"), "var Word = Word || {};\n");
        await build(out, { OFFICE_JS_DIR: cdn });
        expect(readFileSync(join(out, "office/office.js"), "utf8")).toBe(current);
        expect(readdirSync(join(out, "office")).sort()).toEqual([
          "o15apptofilemappingtable.js",
          "office.js",
          "word-win32-16.01.js",
          "zh-cn",
        ]);
      } finally {
        rmSync(out, { recursive: true, force: true });
        rmSync(cdn, { recursive: true, force: true });
      }
    }
  );
});

describe("the initial task pane bundle", () => {
  it("leaves the pinyin library out: it loads only for the user's own entries", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((s) => !s.includes("office"));
    expect(scripts.some((s) => s.includes("pinyin"))).toBe(false);
    const initial = scripts.map((s) => readFileSync(join(DIST, s), "utf8")).join("");
    expect(initial).not.toContain("pinyin-pro");
    expect(readdirSync(DIST).some((f) => /^pinyin\..*\.js$/.test(f))).toBe(true);
  });
});
