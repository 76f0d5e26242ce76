import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { GB_9704 } from "../../src/content/layout";
import { formatDocx } from "../../src/cli/format/formatDocx";
import { MARK_RPR_ORDER, PPR_ORDER, RPR_ORDER, SECTPR_ORDER } from "../../src/cli/format/elements";
import { main } from "../../src/cli/main";
import { readDocx } from "../../src/cli/readDocx";
import { checkDocument } from "../../src/core/check/check";
import type { DocParagraph } from "../../src/core/document";
import { readComments } from "../fixtures/docx/comments";
import { formatted, halfFormatted, LAYOUT_TEXT, wordDefaults } from "../fixtures/docx/layouts";
import { buildDocx, para, run, styles } from "../fixtures/docx/package";

const layoutFindings = (bytes: Uint8Array) => {
  const report = readDocx(bytes);
  return checkDocument(report.paragraphs, undefined, {
    layout: { spec: GB_9704, page: report.page },
  }).findings.filter((f) => f.rule === "format");
};
const messages = (bytes: Uint8Array) => layoutFindings(bytes).map((f) => f.message);
const bodyText = (paragraphs: DocParagraph[]) =>
  paragraphs.filter((p) => !p.part).map((p) => `${p.label ?? ""}${p.text}`);
const format = (bytes: Uint8Array) => formatDocx(readDocx(bytes, true), GB_9704);
const part = (bytes: Uint8Array, name: string) => new TextDecoder().decode(unzipSync(bytes)[name]);

/**
 * Every property element's children in the order its schema requires (Word refuses the file
 * otherwise).
 */
function outOfOrder(xml: string): string[] {
  const orders: Record<string, readonly string[]> = {
    "w:pPr": PPR_ORDER,
    "w:sectPr": SECTPR_ORDER,
  };
  const wrong: string[] = [];
  const stack: Array<{ name: string; last: number; order?: readonly string[] }> = [];
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1];
    if (parent?.order) {
      const rank = parent.order.indexOf(tag.name);
      if (rank !== -1 && rank < parent.last) wrong.push(`${parent.name}>${tag.name}`);
      if (rank !== -1) parent.last = rank;
    }
    const order =
      tag.name === "w:rPr"
        ? parent?.name === "w:pPr"
          ? MARK_RPR_ORDER
          : RPR_ORDER
        : orders[tag.name];
    if (!tag.isSelfClosing) stack.push({ name: tag.name, last: -1, order });
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.write(xml).close();
  return wrong;
}

describe("the layout check on .docx (公文格式)", () => {
  it("finds nothing on a report laid out as a unit's template does it", () => {
    expect(messages(formatted())).toEqual([]);
  });

  it("finds exactly what a half-formatted report gets wrong, one finding per role and property", () => {
    const found = layoutFindings(halfFormatted());
    expect(found.every((f) => f.severity === "warning")).toBe(true);
    expect(found.map((f) => f.message)).toEqual([
      "标题有 1 段字体不是方正小标宋简体：第 1 段，现为宋体。",
      "标题有 1 段字号不是二号（22 磅）：第 1 段，现为 18 磅。",
      expect.stringMatching(
        /^页边距不合：上 25\.4 毫米，下 25\.4 毫米，左 31\.7 毫米，右 31\.7 毫米；/
      ),
      "每行约 25 字，应为 28 字：请用文档网格（指定行和字符网格，每行 28 字、每页 22 行）。",
      "页码形式应为“— 1 —”（数字两侧各一条一字线）。",
      "页码位置应为单页居右、双页居左（各空一字）：需要“奇偶页不同”的页脚。",
      "页码字号为 10.5 磅，应为 4 号（14 磅）。",
      expect.stringMatching(/^有 \d+ 段的行距使一页排 20 行，应为每页 22 行/),
      "一级标题（一、）应首行缩进 2 字，有 3 段不是：第 3、9、11 段，现为首行缩进 0 字。",
      expect.stringMatching(
        /^二级标题（（一））有 8 段字体不是楷体_GB2312：第 4、5、6、7、8 段等，现为仿宋_GB2312。$/
      ),
      expect.stringMatching(/^二级标题（（一））应首行缩进 2 字，有 8 段不是/),
      "正文应首行缩进 2 字，有 1 段不是：第 10 段，现为首行缩进 0 字。",
    ]);
    // Each points at its first example, to jump to.
    expect(found.find((f) => f.message.startsWith("二级标题"))!.text).toBe(LAYOUT_TEXT[3]);
  });

  it("reads Word's defaults through the theme: 等线 五号, Word's margins, 40 lines a page, no page number", () => {
    const found = messages(wordDefaults());
    expect(found).toContain("正文有 2 段字体不是仿宋_GB2312：第 2、10 段，现为等线。");
    expect(found).toContain("没有页码：页码应为 14 磅宋体“— 1 —”，单页居右、双页居左。");
    expect(found.some((m) => /一页排 40 行/.test(m))).toBe(true);
  });

  it("takes two typed full-width spaces for the indent", () => {
    expect(LAYOUT_TEXT.filter((t) => t.startsWith("\u3000\u3000")).length).toBeGreaterThan(0);
    expect(messages(formatted(LAYOUT_TEXT, true))).toEqual([]);
  });

  it("reads a page number as WPS writes it: a frame on the outer side of one footer, — 1 — in a content control", () => {
    const wps = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Page Numbers (Bottom of Page)"/></w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:pPr><w:framePr w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="outside" w:y="1"/><w:rPr><w:sz w:val="28"/></w:rPr></w:pPr>${run("— ", '<w:sz w:val="28"/>')}<w:fldSimple w:instr=" PAGE  \\* MERGEFORMAT ">${run("1", '<w:sz w:val="28"/>')}</w:fldSimple>${run(" —", '<w:sz w:val="28"/>')}</w:p></w:sdtContent></w:sdt>`;
    const bytes = buildDocx({
      body: para("市统计局2025年党建工作总结"),
      footers: [wps],
      sectPr:
        '<w:sectPr><w:footerReference w:type="default" r:id="{footer1}"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
    });
    expect(readDocx(bytes).page!.pageNumbers).toEqual({
      present: true,
      dashed: true,
      oddEven: true,
      oddAlignment: "right",
      evenAlignment: "left",
      sizePt: 14,
    });
  });

  it("is not run unless asked for: the command line checks layout only with --format-check", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dangjian-fmt-"));
    writeFileSync(join(dir, "half.docx"), halfFormatted());
    const io = {
      out: (t: string) => void (out += t),
      err: () => {},
      read: (p: string) => readFile(p),
    };
    let out = "";
    await main(["check", join(dir, "half.docx")], io);
    expect(out).not.toContain("公文格式");
    out = "";
    await main(["check", join(dir, "half.docx"), "--format-check", "--format", "json"], io);
    const [file] = JSON.parse(out) as Array<{
      findings: Array<{ rule: string; severity: string }>;
    }>;
    expect(file!.findings.filter((f) => f.rule === "format").length).toBe(12);
  });
});

describe("dangjian format: 一键排版 on a .docx", () => {
  for (const [name, make] of [
    ["Word's defaults", wordDefaults],
    ["half formatted", halfFormatted],
    ["formatted", formatted],
  ] as const) {
    it(`lays out ${name} so that it checks clean, every character of the text kept`, () => {
      const before = readDocx(make());
      const out = format(make());
      expect(messages(out.bytes)).toEqual([]);
      expect(bodyText(readDocx(out.bytes).paragraphs)).toEqual(bodyText(before.paragraphs));
      for (const name of ["word/document.xml", "word/styles.xml"])
        expect(outOfOrder(part(out.bytes, name))).toEqual([]);
    });
  }

  it("gives the same document when run twice", () => {
    const once = format(halfFormatted()).bytes;
    const twice = format(once).bytes;
    for (const name of [
      "word/document.xml",
      "word/styles.xml",
      "word/settings.xml",
      "word/_rels/document.xml.rels",
      "[Content_Types].xml",
    ]) {
      expect(part(twice, name), name).toBe(part(once, name));
    }
  });

  it("keeps comments, tracked changes and numbering, and splits a run-in heading's run where its words end", () => {
    const body =
      para("市统计局2025年党建工作总结") +
      `<w:p><w:commentRangeStart w:id="0"/>${run("（一）加强政治建设。全年召开学习会")}<w:ins w:id="5" w:author="王" w:date="2025-12-01T10:00:00Z">${run("12")}</w:ins><w:del w:id="6" w:author="王" w:date="2025-12-01T10:00:00Z"><w:r><w:delText>XX</w:delText></w:r></w:del>${run("次。")}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>` +
      para("一、主要工作");
    const bytes = buildDocx({
      body,
      styles: styles(),
      comments: `<w:comment w:id="0" w:author="李" w:initials="李"><w:p>${run("请核实次数")}</w:p></w:comment>`,
    });
    const out = format(bytes).bytes;
    expect(readComments(out).map((c) => [c.author, c.text, c.covers])).toEqual(
      readComments(bytes).map((c) => [c.author, c.text, c.covers])
    );
    const xml = part(out, "word/document.xml");
    expect(xml).toContain('<w:ins w:id="5" w:author="王"');
    expect(xml).toContain("<w:delText>XX</w:delText>");
    // The heading's words in 楷体, the sentence after them in 仿宋.
    expect(xml).toMatch(
      /w:eastAsia="楷体_GB2312"[^]*?<w:t xml:space="preserve">（一）加强政治建设。<\/w:t>/
    );
    expect(xml).toMatch(
      /w:eastAsia="仿宋_GB2312"[^]*?<w:t xml:space="preserve">全年召开学习会<\/w:t>/
    );
    expect(bodyText(readDocx(out).paragraphs)).toEqual(bodyText(readDocx(bytes).paragraphs));
  });

  it("leaves a footer that holds more than a page number, and says so", async () => {
    const bytes = buildDocx({
      body: LAYOUT_TEXT.map((t) => para(t)).join(""),
      styles: styles(),
      footers: ["<w:p><w:r><w:t>市统计局办公室印发</w:t></w:r></w:p>"],
      sectPr:
        '<w:sectPr><w:footerReference w:type="default" r:id="{footer1}"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
    });
    const out = format(bytes);
    expect(out.footersKept).toBe(true);
    expect(
      readDocx(out.bytes)
        .paragraphs.filter((p) => p.part === "footer")
        .map((p) => p.text)
    ).toEqual(["市统计局办公室印发"]);
  });

  it("writes a copy and never the input unless --in-place; refuses what it cannot do in Chinese", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dangjian-fmt-"));
    const input = join(dir, "总结.docx");
    const original = halfFormatted();
    writeFileSync(input, original);
    let out = "";
    let err = "";
    const io = {
      out: (t: string) => void (out += t),
      err: (t: string) => void (err += t),
      read: (p: string) => readFile(p),
    };
    expect(await main(["format", input, "-o", join(dir, "排版.docx")], io)).toBe(0);
    expect(out).toContain("已排版");
    expect(Buffer.from(await readFile(input)).equals(Buffer.from(original))).toBe(true);
    expect(messages(await readFile(join(dir, "排版.docx")))).toEqual([]);
    expect(await main(["format", input], io)).toBe(2);
    expect(err).toContain("--in-place");
    expect(await main(["format", input, "-o", input], io)).toBe(2);
    expect(await main(["format", input, "--in-place"], io)).toBe(0);
    expect(messages(await readFile(input))).toEqual([]);
    writeFileSync(join(dir, "坏.docx"), zipSync({ "word/document.xml": strToU8("<w:document") }));
    err = "";
    expect(await main(["format", join(dir, "坏.docx"), "-o", join(dir, "x.docx")], io)).toBe(2);
    expect(err).toMatch(/无法排版。.*损坏/);
  });
});

describe("the layout check stays quiet on what writers do right in their own way", () => {
  it("accepts a signature placed by indent rather than right alignment, and 仿宋 for 仿宋_GB2312", () => {
    const lines = [...LAYOUT_TEXT.slice(0, 4), "市统计局机关党委", "2025年12月20日"];
    const fixed = (text: string, pPr = "") =>
      para(text, { pPr: `<w:spacing w:line="560" w:lineRule="exact"/>${pPr}` }).replace(
        /<w:rFonts w:hint="eastAsia"\/>/g,
        '<w:rFonts w:eastAsia="仿宋"/><w:sz w:val="32"/>'
      );
    const body = formatted(lines.slice(0, 4));
    const report = readDocx(body);
    const extra = [
      fixed(lines[4]!, '<w:ind w:left="4480"/>'),
      fixed(lines[5]!, '<w:ind w:left="4480"/>'),
    ].join("");
    const withSignature = buildDocx({
      body: part(body, "word/document.xml").replace(/^[^]*<w:body>|<w:sectPr>[^]*$/g, "") + extra,
      styles: part(body, "word/styles.xml").replace(/^[^]*?<w:styles[^>]*>|<\/w:styles>\s*$/g, ""),
    });
    const found = checkDocument(readDocx(withSignature).paragraphs, undefined, {
      layout: { spec: GB_9704 },
    }).findings.filter((f) => f.rule === "format");
    expect(report.paragraphs.length).toBeGreaterThan(0);
    expect(found.map((f) => f.message)).toEqual([]);
  });
});

describe("dangjian format never writes over its input by another name", () => {
  it("refuses an output that is a link to the input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dangjian-fmt-"));
    const input = join(dir, "总结.docx");
    const original = halfFormatted();
    writeFileSync(input, original);
    symlinkSync(input, join(dir, "链接.docx"));
    let err = "";
    const io = {
      out: () => {},
      err: (t: string) => void (err += t),
      read: (p: string) => readFile(p),
    };
    expect(await main(["format", input, "-o", join(dir, "链接.docx")], io)).toBe(2);
    expect(err).toContain("输出文件就是原文件");
    expect(Buffer.from(await readFile(input)).equals(Buffer.from(original))).toBe(true);
  });
});
