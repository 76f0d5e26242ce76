import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { TYPED } from "../fixtures/docx/report";
import { runMain } from "./runMain";

// The check itself stops on a report whose title names the year 1999, as a fault of the checker
// would; every other report is checked as usual.
vi.mock("../../src/core/check/check", async (original) => {
  const real = await original<typeof import("../../src/core/check/check")>();
  return {
    ...real,
    checkDocument: (...args: Parameters<typeof real.checkDocument>) => {
      if (args[0].some((p) => p.text.includes("1999"))) throw new TypeError("规则内部错误");
      return real.checkDocument(...args);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), "dangjian-failure-"));
const path = (name: string) => join(dir, name);
writeFileSync(path("甲.txt"), TYPED.join("\n"));
writeFileSync(path("乙.txt"), TYPED.map((t, i) => (i === 0 ? `1999年${t}` : t)).join("\n"));

const run = (...args: string[]) => runMain(args);

describe("a check that stops on one file", () => {
  it("says the checker failed, not that the file could not be read, and checks the others", async () => {
    const { code, out } = await run("check", path("甲.txt"), path("乙.txt"));
    expect(code).toBe(2);
    expect(out).toMatch(
      /乙\.txt\n {2}检查出错：检查器在检查这份材料时出错（TypeError: 规则内部错误）/
    );
    expect(out).toContain("不是材料的问题");
    expect(out).not.toContain("无法读取");
    expect(out).toMatch(/甲\.txt（年度党建工作总结）/);
  });

  it("marks it failed in JSON and counts it apart in the batch report", async () => {
    const { code, out, err } = await run(
      "check",
      path("甲.txt"),
      path("乙.txt"),
      "--format",
      "json",
      "--report",
      path("汇总.html")
    );
    expect(code).toBe(2);
    const [first, second] = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(first).not.toHaveProperty("failed");
    expect(first!.findings).toBeInstanceOf(Array);
    expect(second).toMatchObject({ failed: true, type: null, findings: [] });
    expect(err).toMatch(/乙\.txt：检查出错。检查器在检查这份材料时出错/);
    const html = readFileSync(path("汇总.html"), "utf8");
    expect(html).toContain("1 份检查出错");
    expect(html).not.toContain("份无法读取");
    expect(html).toMatch(/<span class="verdict failed">检查出错<\/span>/);
  });
});
