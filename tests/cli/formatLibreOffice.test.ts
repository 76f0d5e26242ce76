import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GB_9704 } from "../../src/content/layout";
import { formatDocx } from "../../src/cli/format/formatDocx";
import { readDocx } from "../../src/cli/readDocx";
import { checkDocument } from "../../src/core/check/check";
import { mmToPt } from "../../src/core/layout/geometry";
import { runChild } from "../childProcess";
import { wordDefaults } from "../fixtures/docx/layouts";

/**
 * The formatted copy as LibreOffice prints it, measured from the PDF: lines a page, their pitch,
 * the margins and where the page numbers stand. The standard's typefaces are not on this machine: a
 * fontconfig file of the test's own maps them to Noto CJK, as a unit's machine has them installed.
 */
const dir = mkdtempSync(join(tmpdir(), "dangjian-format-lo-"));
const FONTS = `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${[
  ["仿宋_GB2312", "Noto Serif CJK SC"],
  ["楷体_GB2312", "Noto Serif CJK SC"],
  ["方正小标宋简体", "Noto Serif CJK SC"],
  ["宋体", "Noto Serif CJK SC"],
  ["黑体", "Noto Sans CJK SC"],
]
  .map(
    ([name, font]) =>
      `<alias binding="same"><family>${name}</family><prefer><family>${font}</family></prefer></alias>`
  )
  .join("")}</fontconfig>`;

interface Line {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Each page's lines as pdftotext -bbox-layout gives them. */
async function pages(pdf: string): Promise<Line[][]> {
  const html = (await runChild("pdftotext", ["-bbox-layout", pdf, "-"], { timeout: 60_000 }))
    .stdout;
  return html
    .split("<page ")
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^]*?)<\/line>/g
        ),
      ].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: [...m[5]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(""),
      }))
    );
}

/**
 * Lines that share a baseline are one line of text (LibreOffice's grid spreads a line's
 * characters).
 */
function rows(lines: Line[]): Line[] {
  const byBottom = new Map<number, Line>();
  for (const l of lines) {
    const key = Math.round(l.yMax);
    const row = byBottom.get(key);
    byBottom.set(
      key,
      row
        ? {
            xMin: Math.min(row.xMin, l.xMin),
            xMax: Math.max(row.xMax, l.xMax),
            yMin: Math.min(row.yMin, l.yMin),
            yMax: Math.max(row.yMax, l.yMax),
            text: row.text + l.text,
          }
        : { ...l }
    );
  }
  return [...byBottom.values()].sort((a, b) => a.yMax - b.yMax);
}

describe("the formatted copy as LibreOffice prints it", () => {
  let printed: Line[][];
  // LibreOffice starts in seconds alone and in a minute or more on a busy machine.
  beforeAll(async () => {
    const out = formatDocx(readDocx(wordDefaults(), true), GB_9704);
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "report.docx"), out.bytes);
    writeFileSync(join(dir, "fonts.conf"), FONTS);
    const env = { ...process.env, FONTCONFIG_FILE: join(dir, "fonts.conf") };
    const result = await runChild(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        join(dir, "pdf"),
        join(dir, "in", "report.docx"),
      ],
      { timeout: 240_000, env }
    );
    expect(result.status, result.stderr).toBe(0);
    printed = (await pages(join(dir, "pdf", "report.pdf"))).map(rows);
    const saved = await runChild(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        join(dir, "saved"),
        join(dir, "in", "report.docx"),
      ],
      { timeout: 240_000, env }
    );
    expect(saved.status, saved.stderr).toBe(0);
    mkdirSync("test-results", { recursive: true });
    expect(
      (
        await runChild(
          "pdftoppm",
          [
            "-r",
            "80",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            join(dir, "pdf", "report.pdf"),
            "test-results/formatted-page",
          ],
          { timeout: 60_000 }
        )
      ).status
    ).toBe(0);
  }, 600_000);

  const pageHeight = mmToPt(297);
  const bodyBottom = pageHeight - mmToPt(35);

  it("puts 22 lines on a full page, 28.95 pt apart, inside the 版心 to within 1 mm", () => {
    // The second page is all body text (the first has the title, whose 22 pt lines LibreOffice's
    // grid makes taller).
    expect(printed.length).toBeGreaterThan(2);
    const body = printed[1]!.filter((l) => l.yMax <= bodyBottom + mmToPt(1));
    expect(body).toHaveLength(22);
    const pitches = body.slice(1).map((l, i) => l.yMax - body[i]!.yMax);
    for (const pitch of pitches) expect(pitch).toBeCloseTo(28.95, 0);
    // A line's glyphs sit at the bottom of its exact-height box: the box starts one pitch above.
    const top = body[0]!.yMax - 28.95;
    expect(Math.abs(top - mmToPt(37))).toBeLessThan(mmToPt(1));
    expect(Math.abs(body[21]!.yMax - bodyBottom)).toBeLessThan(mmToPt(1) + 2);
    const left = Math.min(...body.map((l) => l.xMin));
    expect(Math.abs(left - mmToPt(28))).toBeLessThan(mmToPt(1));
  });

  it("numbers pages — 1 — below the 版心, odd pages right and even pages left", () => {
    const number = (page: Line[]) =>
      page.find((l) => /^—\s*\d+\s*—$/.test(l.text.trim()) && l.yMin > bodyBottom)!;
    const [odd, even] = [number(printed[0]!), number(printed[1]!)];
    expect(odd.text.replace(/\s/g, "")).toBe("—1—");
    expect(even.text.replace(/\s/g, "")).toBe("—2—");
    const pageWidth = mmToPt(210);
    expect(odd.xMin).toBeGreaterThan(pageWidth / 2);
    expect(even.xMax).toBeLessThan(pageWidth / 2);
    // Its 一字线 (mid-height) about 7 mm below the 版心.
    expect(Math.abs((odd.yMin + odd.yMax) / 2 - bodyBottom - mmToPt(7))).toBeLessThan(mmToPt(3));
  });

  it("checks clean once LibreOffice has saved it again (its grid written its own way)", () => {
    const report = readDocx(readFileSync(join(dir, "saved", "report.docx")));
    const found = checkDocument(report.paragraphs, undefined, {
      layout: { spec: GB_9704, page: report.page },
    }).findings.filter((f) => f.rule === "format");
    expect(found.map((f) => f.message)).toEqual([]);
  });

  it("keeps the text: every character of the body is in the PDF", () => {
    const text = printed
      .flat()
      .map((l) => l.text)
      .join("")
      .replace(/\s/g, "");
    for (const p of readDocx(readFileSync(join(dir, "in", "report.docx"))).paragraphs.filter(
      (p) => !p.part
    )) {
      expect(text).toContain(p.text.replace(/\s/g, "").slice(0, 12));
    }
  });
});
