import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { main, USAGE } from "../../src/cli/main";

const SAMPLE = readFileSync(
  resolve(__dirname, "../fixtures/reports/democratic-life-review.txt"),
  "utf8"
);
const dir = mkdtempSync(join(tmpdir(), "dangjian-review-"));

async function run(...args: string[]) {
  let out = "";
  const code = await main(args, {
    out: (t) => void (out += t),
    err: () => undefined,
    read: (p) => readFile(p),
  });
  return { code, out };
}

describe("the command line with a 对照检查材料", () => {
  it("lists and accepts the two material types", async () => {
    expect(USAGE).toContain("democratic-life-review");
    expect(USAGE).toContain("organizational-life-review");
    const file = join(dir, "sample.txt");
    writeFileSync(file, SAMPLE);
    for (const type of ["democratic-life-review", "organizational-life-review"]) {
      const { code, out } = await run("check", file, "--type", type, "--format", "json");
      expect(code, type).toBe(0);
      expect(JSON.parse(out)[0].type).toBe(type);
    }
  });

  it("names an aspect the material leaves out, as a suggestion", async () => {
    const file = join(dir, "no-reverence.txt");
    writeFileSync(
      file,
      SAMPLE.split("\n")
        .filter((l) => !l.startsWith("（三）在带头敬畏") && !l.startsWith("听取群众意见"))
        .join("\n")
    );
    const { out } = await run("check", file, "--format", "json");
    const [report] = JSON.parse(out);
    expect(report.type).toBe("democratic-life-review");
    expect(
      report.findings.map((f: { rule: string; severity: string }) => [f.rule, f.severity])
    ).toContainEqual(["missing-aspect", "warning"]);
    const text = await run("check", file);
    expect(text.out).toContain("没有找到“敬畏人民、敬畏组织、敬畏法纪”方面");
  });
});
