// Reading a long .docx as Word writes it: split runs with properties, automatic numbers, tracked
// changes.
import { GB_9704 } from "../../src/content/layout";
import { formatDocx } from "../../src/cli/format/formatDocx";
import { readDocx } from "../../src/cli/readDocx";
import { parseHeadingNumber } from "../../src/core/numbering";
import { listInstance, reportList } from "../../tests/fixtures/docx/lists";
import { buildDocx, para } from "../../tests/fixtures/docx/package";
import { syntheticReport } from "./check";
import { measure, report } from "./measure";

const RUN_PROPS =
  '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/>';

/**
 * A paragraph as Word saves a typed one: the text in several runs, each with its fonts and size.
 */
function wordParagraph(text: string, index: number): string {
  const number = parseHeadingNumber(text);
  const numbered = number && number.level <= 2 ? { numId: 1, ilvl: number.level - 1 } : {};
  const own = number && number.level <= 2 ? text.slice(number.prefix.length) : text;
  const cuts = [0, Math.floor(own.length / 3), Math.floor((2 * own.length) / 3), own.length];
  const runs = cuts
    .slice(1)
    .map(
      (end, i) =>
        `<w:r w:rsidRPr="00A1B2C3"><w:rPr>${RUN_PROPS}</w:rPr><w:t xml:space="preserve">${own.slice(cuts[i], end)}</w:t></w:r>`
    );
  if (index % 50 === 0)
    runs.splice(
      1,
      0,
      `<w:del w:id="${index}" w:author="王" w:date="2025-12-01T10:00:00Z"><w:r><w:delText>删去的字</w:delText></w:r></w:del>`
    );
  return para("", numbered).replace("</w:p>", `${runs.join("")}</w:p>`);
}

export function benchDocx(): void {
  const paragraphs = syntheticReport();
  const bytes = buildDocx({
    body: paragraphs.map((p, i) => wordParagraph(p.text, i)).join(""),
    numbering: reportList(0) + listInstance(1, 0),
  });
  const times = measure(15, () => readDocx(bytes));
  const characters = paragraphs.reduce((n, p) => n + p.text.length, 0);
  report(
    `read a ${paragraphs.length}-paragraph, ${Math.round(characters / 1000)}k-character .docx (${(bytes.length / 1024).toFixed(0)} KB zipped, about 300 pages)`,
    times,
    "target < 500 ms"
  );
  // 一键排版 of the same file as the command line does it: read with sources, lay out, zip.
  const formatted = measure(5, () => formatDocx(readDocx(bytes, true), GB_9704));
  report(
    "format (一键排版) that 300-page .docx: read, lay out every paragraph, write",
    formatted,
    "target < 3 s"
  );
}
