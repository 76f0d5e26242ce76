import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDocx, para } from "../fixtures/docx/package";
import { TYPED } from "../fixtures/docx/report";
import { runChild } from "../childProcess";
import { readInput } from "../../src/cli/readInput";
import { readDocument } from "../../src/cli/readDocument";
import { checkDocument } from "../../src/core/check/check";
import { addIgnored, ignoreKey } from "../../src/core/check/ignore";
import { runMain } from "./runMain";

const ROOT = resolve(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "dangjian-cli-"));
const path = (name: string) => join(dir, name);

const run = (...args: string[]) => runMain(args);

const CLEAN = TYPED;

async function docx(paragraphs: Array<Paragraph | Table>): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

beforeAll(async () => {
  writeFileSync(path("clean.txt"), CLEAN.join("\r\n"));
  writeFileSync(path("clean-bom.txt"), "\ufeff" + CLEAN.join("\n"));
  writeFileSync(
    path("styled.docx"),
    await docx([
      new Paragraph({ text: CLEAN[0] }),
      new Paragraph({ text: CLEAN[1] }),
      // Headings known only by their style: no number in the text.
      new Paragraph({ text: "主要工作", heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: "加强政治建设", heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: "全年召开理论学习中心组学习XX次。" }),
      new Table({
        rows: [
          new TableRow({
            children: [new TableCell({ children: [new Paragraph("3.表格中的序号")] })],
          }),
        ],
      }),
      new Paragraph({ text: "存在的问题和不足", heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: "学习的深度还不够。" }),
      new Paragraph({ text: "2026年工作打算", heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: "抓好落实。" }),
    ])
  );
  writeFileSync(path("clean.docx"), await docx(CLEAN.map((text) => new Paragraph({ text }))));
  writeFileSync(path("random.docx"), Buffer.from("这不是压缩文件"));
  writeFileSync(path("empty-zip.docx"), zipSync({ "readme.txt": new TextEncoder().encode("x") }));
  writeFileSync(path("truncated.docx"), (await readFile(path("clean.docx"))).subarray(0, 200));
  writeFileSync(path("binary.txt"), Buffer.from([0x50, 0x00, 0x01, 0x02, 0xff, 0x00]));
  writeFileSync(path("old.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
});

describe("dangjian check", () => {
  it("passes a clean report in .txt (CRLF, BOM) and .docx with exit 0", async () => {
    for (const file of ["clean.txt", "clean-bom.txt", "clean.docx"]) {
      const { code, out } = await run("check", path(file));
      expect(code, file).toBe(0);
      expect(out, file).toContain("没有发现问题，可以提交。");
    }
  });

  it("reads GB18030 text and reports its findings as JSON in the documented shape", async () => {
    const { code, out } = await run(
      "check",
      resolve(ROOT, "tests/fixtures/branch-summary-gb18030.txt"),
      "--format",
      "json"
    );
    expect(code).toBe(1);
    const [report] = JSON.parse(out);
    expect(report.type).toBe("branch-summary");
    expect(report.sections.find((s: { id: string }) => s.id === "problems")).toEqual({
      id: "problems",
      title: "存在的问题和不足",
      status: "present",
      paragraph: 5,
    });
    expect(report.findings).toEqual([
      {
        rule: "placeholder",
        severity: "error",
        message: "“某某”是未填写的空白，请填入实际内容。",
        paragraph: 4,
        start: 24,
        end: 26,
        text: "某某",
        fix: null,
      },
    ]);
  });

  it("reads heading styles and tables from .docx", async () => {
    const { code, out } = await run("check", path("styled.docx"), "--format", "json");
    expect(code).toBe(1);
    const [report] = JSON.parse(out);
    const status = Object.fromEntries(
      report.sections.map((s: { id: string; status: string }) => [s.id, s.status])
    );
    expect(status).toMatchObject({
      title: "present",
      "main-work": "present",
      problems: "present",
      plans: "present",
    });
    expect(report.findings.map((f: { rule: string; text: string }) => [f.rule, f.text])).toEqual([
      ["placeholder", "XX"],
    ]);
  });

  it("says where a finding outside the body is: in the text report and as a part field in JSON", async () => {
    writeFileSync(
      path("header.docx"),
      buildDocx({ body: CLEAN.map((t) => para(t)).join(""), headers: [para("XX局机关党委")] })
    );
    const text = await run("check", path("header.docx"));
    expect(text.out).toContain("页眉第1字  错误  未填写的空白");
    const [report] = JSON.parse((await run("check", path("header.docx"), "--format", "json")).out);
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: "placeholder", text: "XX", part: "header", start: 0 }),
    ]);
  });

  it("leaves out findings ignored in Word, says how many, and lists them with --all", async () => {
    const bytes = new Uint8Array(await readFile(path("styled.docx")));
    const { paragraphs } = await readDocument("styled.docx", bytes);
    const blank = checkDocument(paragraphs).findings.find((f) => f.rule === "placeholder")!;
    const stored = JSON.stringify(addIgnored([], ignoreKey(blank, paragraphs)));
    const escaped = stored.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    const part = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:reference id="x" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="dangjian.ignored" value="${escaped}"/></we:properties></we:webextension>`;
    writeFileSync(
      path("ignored.docx"),
      zipSync({ ...unzipSync(bytes), "word/webextensions/webextension1.xml": strToU8(part) })
    );

    const text = await run("check", path("ignored.docx"));
    expect(text.code).toBe(0);
    expect(text.out).not.toContain("XX");
    expect(text.out).toContain("另有 1 处已在 Word 中忽略");
    const [report] = JSON.parse((await run("check", path("ignored.docx"), "--format", "json")).out);
    expect(report).toMatchObject({ findings: [], ignored: 1 });
    const all = await run("check", path("ignored.docx"), "--all");
    expect(all.code).toBe(1);
    expect(all.out).toContain("“XX”是未填写的空白");
  });

  it("honours --type and checks against that type's sections", async () => {
    const { out } = await run("check", path("clean.txt"), "--type", "report", "--format", "json");
    const [report] = JSON.parse(out);
    expect(report.type).toBe("report");
    expect(
      report.findings
        .filter((f: { rule: string }) => f.rule === "missing-section")
        .map((f: { message: string }) => f.message)
    ).toEqual([
      "缺少“主送机关”部分（党建工作情况报告必备）。",
      "缺少“结语”部分（党建工作情况报告必备）。",
    ]);
  });

  it("says clearly why a file cannot be read, still checks the others, and exits 2", async () => {
    const files = [
      "missing.txt",
      "random.docx",
      "empty-zip.docx",
      "truncated.docx",
      "binary.txt",
      "old.doc",
      "clean.txt",
    ].map(path);
    const { code, out } = await run("check", ...files);
    expect(code).toBe(2);
    expect(out).toContain("无法读取：文件不存在。");
    expect(out).toContain("不是有效的 .docx 文件（无法解压）");
    expect(out).toContain("文件中没有 Word 正文");
    expect(out).toContain("这不是文本文件");
    expect(out).toContain("不支持旧版 .doc/.wps 格式");
    expect(out).toContain("没有发现问题，可以提交。");
    const json = await run("check", path("random.docx"), path("clean.txt"), "--format", "json");
    expect(
      JSON.parse(json.out).map((r: { file: string; error?: string }) => [
        r.file.endsWith("random.docx"),
        Boolean(r.error),
      ])
    ).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(json.err).toContain("无法读取");
  });

  it("rejects bad arguments with usage and exit 2", async () => {
    for (const args of [
      [],
      ["lint", "a.txt"],
      ["check"],
      ["check", "a.txt", "--type", "memo"],
      ["check", "a.txt", "--format", "xml"],
      ["check", "--bogus"],
    ]) {
      const { code, err } = await run(...args);
      expect(code, args.join(" ")).toBe(2);
      expect(err).toContain("用法：dangjian check");
    }
  });

  // Each run starts Node.js: a fraction of a second alone, several seconds on a busy machine.
  it("runs as npx dangjian with the documented exit codes", async () => {
    const bin = resolve(ROOT, "bin/dangjian.cjs");
    const clean = await runChild(process.execPath, [bin, "check", path("clean.txt")], {
      timeout: 60_000,
    });
    expect(clean.status).toBe(0);
    const reference = await runChild(
      process.execPath,
      [bin, "check", resolve(ROOT, "tests/fixtures/reports/annual-summary-agency.txt")],
      { timeout: 60_000 }
    );
    expect(reference.status).toBe(1);
    expect(reference.stdout).toContain("[residue]");
  }, 150_000);

  it("ends quietly with the check's exit code when the reader closes the pipe", async () => {
    const bin = resolve(ROOT, "bin/dangjian.cjs");
    const report = resolve(ROOT, "tests/fixtures/reports/annual-summary-agency.txt");
    const direct = await runChild(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${bin}" check "${report}" --format json | head -c 20 >/dev/null; echo \${PIPESTATUS[0]}`,
      ],
      { timeout: 60_000 }
    );
    expect(direct.stdout.trim()).toBe("1");
    expect(direct.stderr).toBe("");
    // A folder's worth of output, more than the pipe holds, cut after one line, in either format
    // and with stderr in the pipe.
    mkdirSync(path("many"));
    for (let i = 0; i < 40; i++) writeFileSync(path(`many/${i}.txt`), await readFile(report));
    for (const format of ["text", "json"]) {
      const cut = await runChild(
        "bash",
        [
          "-c",
          `"${process.execPath}" "${bin}" check "${path("many")}" --format ${format} 2>&1 | head -1 >/dev/null; echo \${PIPESTATUS[0]}`,
        ],
        { timeout: 60_000 }
      );
      expect(cut.stdout.trim(), format).toBe("1");
      expect(cut.stderr).toBe("");
    }
  }, 150_000);
});

describe("inputs that are not what they claim", () => {
  it("says what to do when no command or an unknown option is given, in Chinese", async () => {
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.err).toContain("请给出命令");
    const option = await run("check", "--colour", path("clean.txt"));
    expect(option.err).toContain("未知选项“--colour”");
    expect(option.err).not.toMatch(/Unknown option/);
  });

  it("calls an empty file empty instead of reporting four missing sections", async () => {
    writeFileSync(path("empty.txt"), "");
    writeFileSync(path("blank.txt"), "\r\n  \r\n\u3000\r\n");
    writeFileSync(path("blank.docx"), buildDocx({ body: para("") + para(" ") }));
    const { out, code } = await run(
      "check",
      path("empty.txt"),
      path("blank.txt"),
      path("blank.docx")
    );
    expect(code).toBe(2);
    expect(out).toContain("文件是空的");
    expect(out.match(/文件中没有文字/g)).toHaveLength(2);
    expect(out).not.toContain("缺少");
  });

  it("reads UTF-16 without a BOM, in either byte order, even with 一 in it", async () => {
    const text = CLEAN.join("\r\n");
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, be])
      expect((await readDocument("report.txt", bytes)).paragraphs.map((p) => p.text)).toEqual(
        CLEAN
      );
  });

  it("reads a real .docx that was named .doc", async () => {
    writeFileSync(path("renamed.doc"), await readFile(path("clean.docx")));
    const { code, out } = await run("check", path("renamed.doc"));
    expect(code).toBe(0);
    expect(out).toContain("没有发现问题");
  });

  it("stops reading a device or file beyond the size limit, and names a symlink loop in Chinese", async () => {
    await expect(readInput("/dev/zero", 1024 * 1024)).rejects.toThrow(/超过 1 MB/);
    symlinkSync(path("loop-b"), path("loop-a"));
    symlinkSync(path("loop-a"), path("loop-b"));
    const { out } = await run("check", path("loop-a"));
    expect(out).toContain("符号链接形成了循环");
  });

  it("reads a crafted styles.xml of unterminated styles as a damaged file (a tokenizer once took minutes on it)", async () => {
    const styles = `<w:styles xmlns:w="x">${'<w:style w:type="paragraph" w:styleId="a"><w:name w:val="b"/>'.repeat(2000)}`;
    const bytes = zipSync({
      "word/document.xml": strToU8(
        `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>`
      ),
      "word/styles.xml": strToU8(styles),
    });
    await expect(readDocument("crafted.docx", bytes)).rejects.toThrow(/styles\.xml 不是合格的 XML/);
  });
});

describe("file names that would break the terminal's lines", () => {
  it("prints a newline or a right-to-left mark in a name as an escape, and keeps JSON exact", async () => {
    const names = ["总结\n伪造的一行.txt", "报告\u202Etxt.exe.txt"];
    for (const name of names) writeFileSync(path(name), CLEAN.join("\n"));
    const text = await run("check", ...names.map(path));
    expect(text.out).toContain("总结\\n伪造的一行.txt");
    expect(text.out).toContain("报告\\u{202E}txt.exe.txt");
    expect(text.out).not.toMatch(/[\u202E]/);
    expect(text.out.split("\n").filter((l) => l.startsWith("伪造的一行"))).toEqual([]);
    const json = await run("check", ...names.map(path), "--format", "json");
    expect(json.out).not.toMatch(/[\u202E]/);
    expect((JSON.parse(json.out) as Array<{ file: string }>).map((r) => r.file)).toEqual(
      names.map(path)
    );
  });
});
