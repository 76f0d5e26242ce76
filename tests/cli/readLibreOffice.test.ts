import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocx } from "../../src/cli/readDocx";
import { checkDocument } from "../../src/core/check/check";
import type { DocParagraph } from "../../src/core/document";
import { listInstance, reportList, simpleList } from "../fixtures/docx/lists";
import { buildDocx, para, run, styles } from "../fixtures/docx/package";
import { NUMBERED, TYPED } from "../fixtures/docx/report";
import { runChild } from "../childProcess";

/**
 * The same documents after LibreOffice has opened and saved them as .docx: its own numbering.xml,
 * its tracked-change and text-box markup, its headers and notes. What we read must not change.
 */
const dir = mkdtempSync(join(tmpdir(), "dangjian-lo-"));
const del = (text: string) =>
  `<w:del w:id="11" w:author="王" w:date="2025-12-01T10:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const ins = (text: string) =>
  `<w:ins w:id="12" w:author="王" w:date="2025-12-01T10:00:00Z">${run(text)}</w:ins>`;
const box = (text: string) =>
  `<w:r><w:pict><v:shape style="width:400pt;height:40pt"><v:textbox><w:txbxContent>${para(text)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;

const FIXTURES: Record<string, Uint8Array> = {
  numbered: buildDocx({
    body: NUMBERED.map((p, i) =>
      "label" in p
        ? para(p.text, { numId: p.ilvl === 0 ? 1 : 2 })
        : i === 6
          ? `<w:p>${run(p.text)}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`
          : para(p.text)
    ).join(""),
    styles: styles(),
    numbering:
      simpleList(0, "chineseCounting", "%1、") +
      simpleList(1, "chineseCounting", "（%1）") +
      listInstance(1, 0) +
      listInstance(2, 1),
    headers: [para("XX局机关党委")],
    footnotes: `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${run("数据来源：某某统计年鉴。")}</w:p></w:footnote>`,
  }),
  multilevel: buildDocx({
    body: NUMBERED.map((p) =>
      "label" in p ? para(p.text, { numId: 1, ilvl: p.ilvl }) : para(p.text)
    ).join(""),
    styles: styles(),
    numbering: reportList(0) + listInstance(1, 0),
  }),
  tracked: buildDocx({
    body: TYPED.map((t, i) =>
      i === 3
        ? `<w:p>${run("（一）加强政治建设。全年召开理论学习中心组学习")}${del("XX")}${ins("12")}${run("次。")}</w:p>`
        : para(t)
    ).join(""),
    styles: styles(),
  }),
  textbox: buildDocx({
    body:
      `<w:p>${box(TYPED[0]!)}</w:p>` +
      TYPED.slice(1)
        .map((t) => para(t))
        .join(""),
    styles: styles(),
  }),
};

const shape = (paragraphs: DocParagraph[]) =>
  paragraphs
    .filter((p) => p.text.trim() !== "" || p.label)
    .map((p) => `${p.part ?? ""}|${p.label ?? ""}|${p.text}`);
const verdict = (paragraphs: DocParagraph[]) => {
  const { type, sections, findings } = checkDocument(paragraphs);
  return {
    type,
    sections: sections.map((s) => `${s.id}:${s.status}`),
    findings: findings.map((f) => `${f.part ?? ""}:${f.rule}:${f.text}`),
  };
};

describe("documents saved by LibreOffice", () => {
  // LibreOffice starts in seconds alone and in a minute or more on a busy machine.
  beforeAll(async () => {
    mkdirSync(join(dir, "in"));
    for (const [name, bytes] of Object.entries(FIXTURES))
      writeFileSync(join(dir, "in", `${name}.docx`), bytes);
    const result = await runChild(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        join(dir, "out"),
        ...Object.keys(FIXTURES).map((n) => join(dir, "in", `${n}.docx`)),
      ],
      { timeout: 240_000 }
    );
    expect(result.status, result.stderr).toBe(0);
  }, 300_000);

  for (const name of Object.keys(FIXTURES)) {
    it(`reads ${name}.docx the same after LibreOffice saved it`, () => {
      const before = readDocx(FIXTURES[name]!).paragraphs;
      const after = readDocx(readFileSync(join(dir, "out", `${name}.docx`))).paragraphs;
      expect(shape(after)).toEqual(shape(before));
      expect(verdict(after)).toEqual(verdict(before));
    });
  }

  it("keeps what each fixture is about", () => {
    const numbered = readDocx(readFileSync(join(dir, "out", "numbered.docx"))).paragraphs;
    expect(verdict(numbered).findings).toEqual([
      "header:placeholder:XX",
      "footnote:placeholder:某某",
    ]);
    expect(numbered.filter((p) => p.label).map((p) => p.label)).toEqual([
      "一、",
      "（一）",
      "（二）",
      "二、",
      "三、",
    ]);
    const tracked = readDocx(readFileSync(join(dir, "out", "tracked.docx"))).paragraphs;
    expect(tracked[3]!.text).toBe("（一）加强政治建设。全年召开理论学习中心组学习12次。");
    const textbox = readDocx(readFileSync(join(dir, "out", "textbox.docx"))).paragraphs;
    expect(textbox.map((p) => p.text).slice(0, 2)).toEqual([TYPED[0], ""]);
  });
});
