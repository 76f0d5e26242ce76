import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { annotateDocx } from "../../src/cli/annotate/annotateDocx";
import { readDocx } from "../../src/cli/readDocx";
import { checkDocument } from "../../src/core/check/check";
import { COMMENT_AUTHOR } from "../../src/core/check/ownComments";
import { readComments } from "../fixtures/docx/comments";
import { buildDocx, para, run, styles } from "../fixtures/docx/package";
import { TYPED } from "../fixtures/docx/report";
import { runChild } from "../childProcess";

/**
 * Comments written into a document as LibreOffice saves it, then opened by LibreOffice again: it
 * must find each comment on the same text, and render the pages.
 */
const dir = mkdtempSync(join(tmpdir(), "dangjian-lo-annotate-"));
/** LibreOffice starts in seconds alone and in a minute or more on a busy machine. */
const soffice = (to: string, out: string, file: string) =>
  runChild(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      join(dir, out),
      file,
    ],
    { timeout: 240_000 }
  );

const del = (text: string) =>
  `<w:del w:id="11" w:author="王" w:date="2025-12-01T10:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const SOURCE = buildDocx({
  body: TYPED.map((t, i) =>
    i === 3
      ? `<w:p>${run("（一）加强政治建设。全年召开学习")}${del("12")}${run("X", "<w:b/>")}${run("X次，增强“四个意识”，坚定“四个自信”，坚决做到“两个拥护”。")}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`
      : i === 4
        ? para("（二）夯实基层组织。认真落实“三会一课”制度，全年发展党员**名。")
        : para(t)
  ).join(""),
  styles: styles(),
  footnotes: `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${run("数据来源：某某统计年鉴。")}</w:p></w:footnote>`,
});

describe("annotated copies and LibreOffice", () => {
  beforeAll(async () => {
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "report.docx"), SOURCE);
    expect(
      (await soffice("docx:MS Word 2007 XML", "saved", join(dir, "in", "report.docx"))).status
    ).toBe(0);
  }, 300_000);

  it("marks LibreOffice's own markup exactly, and LibreOffice finds each comment on the same text", async () => {
    const read = readDocx(readFileSync(join(dir, "saved", "report.docx")), true);
    const { findings } = checkDocument(read.paragraphs);
    expect(findings.map((f) => f.text)).toEqual(
      expect.arrayContaining(["XX", "**", "某某", "两个拥护"])
    );
    const annotated = annotateDocx(read.source!, read.paragraphs, findings, {
      author: COMMENT_AUTHOR,
      initials: "党建",
      date: "2026-11-23T09:00:00Z",
    });
    const ours = readComments(annotated.bytes);
    // A note's finding is marked on the note's reference, which has no text.
    expect(ours.map((c) => c.covers)).toEqual(findings.map((f) => (f.part ? "" : f.text)));
    mkdirSync(join(dir, "annotated"));
    writeFileSync(join(dir, "annotated", "report.docx"), annotated.bytes);

    expect(
      (await soffice("docx:MS Word 2007 XML", "again", join(dir, "annotated", "report.docx")))
        .stderr
    ).not.toContain("could not be loaded");
    const reread = readComments(readFileSync(join(dir, "again", "report.docx"))).filter(
      (c) => c.author === COMMENT_AUTHOR
    );
    // LibreOffice numbers comments in document order.
    const pairs = (list: typeof ours) => list.map((c) => `${c.text}｜${c.covers}`).sort();
    expect(pairs(reread)).toEqual(pairs(ours));
  }, 300_000);

  it("renders the annotated copy to PDF, kept as a picture to look at", async () => {
    const pdf = await soffice(
      'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}',
      "pdf",
      join(dir, "annotated", "report.docx")
    );
    expect(pdf.status, pdf.stderr).toBe(0);
    const text = (
      await runChild("pdftotext", [join(dir, "pdf", "report.pdf"), "-"], { timeout: 60_000 })
    ).stdout;
    expect(text).toContain("加强政治建设");
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
            "test-results/annotated-page",
          ],
          { timeout: 60_000 }
        )
      ).status
    ).toBe(0);
    // Each comment is a PDF annotation.
    expect(
      readFileSync(join(dir, "pdf", "report.pdf"))
        .toString("latin1")
        .match(/\/Subtype\s*\/Text/g)?.length
    ).toBeGreaterThanOrEqual(3);
  }, 300_000);
});
