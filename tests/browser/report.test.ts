import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { buildDocx, para } from "../fixtures/docx/package";
import { TYPED } from "../fixtures/docx/report";
import { startBrowser } from "./harness";

const harness = startBrowser();
const dir = mkdtempSync(join(tmpdir(), "dangjian-report-"));

async function run(...args: string[]) {
  let out = "";
  const code = await main(args, {
    out: (t) => void (out += t),
    err: () => {},
    read: (p) => readFile(p),
  });
  return { code, out };
}

describe("the batch report", () => {
  it("is one page that asks nothing of anywhere, sorts by any column and counts as the JSON does", async () => {
    const files = join(dir, "材料");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(files);
    writeFileSync(join(files, "甲.txt"), TYPED.join("\n"));
    writeFileSync(
      join(files, "乙.txt"),
      TYPED.map((t, i) =>
        i === 3 ? t.replace("12次", "XX次，发展党员**名，做到“两个拥护”") : t
      ).join("\n")
    );
    writeFileSync(
      join(files, "丙.docx"),
      buildDocx({ body: TYPED.map((t, i) => para(i === 4 ? t.replace("2名", "X名") : t)).join("") })
    );
    writeFileSync(join(files, "丁.docx"), Buffer.from("坏文件"));
    const report = join(dir, "汇总.html");
    await run("check", files, "--report", report);
    const json = JSON.parse((await run("check", files, "--format", "json")).out) as Array<{
      file: string;
      error?: string;
      findings: Array<{ severity: string }>;
    }>;

    const { page, context, requests, errors } = await harness.page({
      viewport: { width: 1000, height: 900 },
    });
    await page.goto(pathToFileURL(report).href);
    expect(requests).toEqual([pathToFileURL(report).href]);
    expect(errors).toEqual([]);
    await expect
      .poll(() => page.locator(".summary").innerText())
      .toBe(`共 4 份材料，1 份可以提交，2 份需要修改，1 份无法读取。`);

    const rows = page.locator("tbody tr");
    const column = async (name: string) => {
      const index = (await page.locator("thead th").allInnerTexts()).findIndex((t) =>
        t.startsWith(name)
      );
      return rows.evaluateAll(
        (trs, i) => trs.map((tr) => (tr as HTMLTableRowElement).cells[i]!.textContent!),
        index
      );
    };
    // Each file's errors as the JSON counts them.
    const errorsByFile = Object.fromEntries(
      json.map((f) => [f.file, f.findings.filter((x) => x.severity === "error").length])
    );
    const fileNames = await column("文件");
    expect(await column("错误")).toEqual(fileNames.map((f) => String(errorsByFile[f])));

    await page.getByRole("button", { name: "错误" }).click();
    const ascending = (await column("错误")).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.getByRole("button", { name: "错误" }).click();
    const descending = (await column("错误")).map(Number);
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    expect(
      await page
        .locator("th", { has: page.getByRole("button", { name: "错误" }) })
        .getAttribute("aria-sort")
    ).toBe("descending");
    await page.getByRole("button", { name: "文件" }).click();
    expect(await column("文件")).toEqual(
      [...fileNames].sort((a, b) => a.localeCompare(b, "zh-CN"))
    );

    expect(await page.locator("svg[role=img] rect").count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: "test-results/batch-report.png", fullPage: true });
    await context.close();
  });
});

describe("a batch report of 10,000 files", () => {
  it("shows a page of rows, adds pages and all, and sorts every row however many are shown", async () => {
    const { htmlReport } = await import("../../src/core/report/htmlReport");
    const { checkDocument } = await import("../../src/core/check/check");
    const { bodyParagraph } = await import("../../src/core/document");
    const clean = checkDocument(TYPED.map(bodyParagraph));
    const blanks = checkDocument(
      TYPED.map((t, i) => bodyParagraph(i === 3 ? t.replace("12次", "XX次，发展党员**名") : t))
    );
    const outcomes = Array.from({ length: 10_000 }, (_, i) => ({
      file: `材料${String(i).padStart(5, "0")}`,
      result: i % 3 === 0 ? blanks : clean,
      ignored: 0,
    }));
    const report = join(dir, "一万份.html");
    writeFileSync(report, htmlReport(outcomes, { date: new Date(2026, 10, 23) }));

    const { page, context, errors } = await harness.page({
      viewport: { width: 1000, height: 900 },
    });
    await page.goto(pathToFileURL(report).href);
    const visible = () => page.locator("tbody tr:not([hidden])").count();
    expect(await visible()).toBe(200);
    await page.getByRole("button", { name: "再显示 200 份" }).click();
    expect(await visible()).toBe(400);
    // Sorting orders all 10,000; the first 400 stay shown.
    await page.getByRole("button", { name: "错误" }).click();
    await page.getByRole("button", { name: "错误" }).click();
    const index = (await page.locator("thead th").allInnerTexts()).findIndex((t) =>
      t.startsWith("错误")
    );
    const errorsColumn = await page
      .locator("tbody tr")
      .evaluateAll(
        (trs, i) => trs.map((tr) => Number((tr as HTMLTableRowElement).cells[i]!.textContent)),
        index
      );
    expect(errorsColumn).toEqual([...errorsColumn].sort((a, b) => b - a));
    expect(errorsColumn.filter((n) => n > 0)).toHaveLength(3334);
    expect(await visible()).toBe(400);
    await page.getByRole("button", { name: "显示全部" }).click();
    expect(await visible()).toBe(10_000);
    expect(await page.locator(".more").isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
