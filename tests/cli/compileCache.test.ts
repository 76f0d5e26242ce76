// bin/dangjian.cjs compiles the built checker with V8's code cache: the first run writes it, the
// next reads it, and a damaged or unwritable cache changes nothing but the time.
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runChild } from "../childProcess";

const ROOT = resolve(__dirname, "../..");
const BIN = resolve(ROOT, "bin/dangjian.cjs");
const REPORT = resolve(ROOT, "tests/fixtures/reports/annual-summary-agency.txt");

function check(env: NodeJS.ProcessEnv, cwd?: string) {
  return runChild(process.execPath, [BIN, "check", REPORT, "--format", "json"], {
    timeout: 60_000,
    cwd,
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "", NODE_COMPILE_CACHE: "", ...env },
  });
}

const cachesIn = (folder: string) => readdirSync(folder).filter((f) => f.endsWith(".bin"));

describe("the checker's compile cache", () => {
  // Each run starts Node.js: a fraction of a second alone, several seconds on a busy machine.
  it("is written by the first run, read by the next, and the findings are the same", async () => {
    const uncached = await check({ NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(uncached.status).toBe(1);
    expect(uncached.stdout).toContain('"rule": "residue"');

    const folder = join(mkdtempSync(join(tmpdir(), "dangjian-cache-")), "cache");
    const first = await check({ NODE_COMPILE_CACHE: folder });
    expect(first.status).toBe(1);
    expect(first.stdout).toBe(uncached.stdout);
    const [cache] = cachesIn(folder);
    expect(cache).toMatch(/^checker-\w+-check-v[\d.]+-\w+\.bin$/);
    const written = statSync(join(folder, cache!)).mtimeMs;

    const second = await check({ NODE_COMPILE_CACHE: folder });
    expect(second.stdout).toBe(uncached.stdout);
    // Accepted, so not written again.
    expect(cachesIn(folder)).toEqual([cache]);
    expect(statSync(join(folder, cache!)).mtimeMs).toBe(written);

    // A damaged cache is refused by V8 and replaced.
    writeFileSync(join(folder, cache!), "not a code cache");
    const damaged = await check({ NODE_COMPILE_CACHE: folder });
    expect(damaged.stdout).toBe(uncached.stdout);
    expect(readFileSync(join(folder, cache!)).length).toBeGreaterThan(1000);
  }, 240_000);

  it("is left out where its folder cannot be made", async () => {
    const blocked = join(mkdtempSync(join(tmpdir(), "dangjian-cache-")), "file");
    writeFileSync(blocked, "");
    const run = await check({ NODE_COMPILE_CACHE: join(blocked, "cache") });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain('"rule": "residue"');
  }, 120_000);

  it.skipIf(process.platform === "win32")(
    "is not put in the working folder when HOME is empty or the cache folder relative",
    async () => {
      const cwd = mkdtempSync(join(tmpdir(), "dangjian-cwd-"));
      for (const env of [{ HOME: "", XDG_CACHE_HOME: "" }, { XDG_CACHE_HOME: "relative" }]) {
        const run = await check(env, cwd);
        expect(run.status).toBe(1);
      }
      expect(readdirSync(cwd)).toEqual([]);
      expect(existsSync(join(cwd, ".cache"))).toBe(false);
    },
    120_000
  );
});
