import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { annotateDocx } from "../../src/cli/annotate/annotateDocx";
import { main } from "../../src/cli/main";
import { readDocx } from "../../src/cli/readDocx";
import { checkDocument } from "../../src/core/check/check";
import { commentText } from "../../src/core/check/comment";
import { COMMENT_AUTHOR } from "../../src/core/check/ownComments";
import type { Finding } from "../../src/core/check/types";
import { readComments } from "../fixtures/docx/comments";
import { reportList, listInstance } from "../fixtures/docx/lists";
import { buildDocx, para, run } from "../fixtures/docx/package";
import type { PackageParts } from "../fixtures/docx/package";
import { TYPED } from "../fixtures/docx/report";
import { runMain } from "./runMain";

const BY = { author: COMMENT_AUTHOR, initials: "党建", date: "2026-11-23T09:00:00Z" };
const W = (name: string) => `<w:${name}`;
const del = (text: string) =>
  `<w:del w:id="901" w:author="王" w:date="2025-12-01T10:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const ins = (text: string) =>
  `<w:ins w:id="902" w:author="王" w:date="2025-12-01T10:00:00Z">${run(text)}</w:ins>`;
const field = (result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD 单位 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const textBox = (inner: string) =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="1" cy="1"/><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

/** The report of TYPED with paragraph `at` replaced by raw paragraph XML. */
function report(
  replacements: Record<number, string>,
  parts: Omit<PackageParts, "body"> = {}
): Uint8Array {
  return buildDocx({
    ...parts,
    body: TYPED.map((text, i) => replacements[i] ?? para(text)).join(""),
  });
}

function annotate(bytes: Uint8Array) {
  const read = readDocx(bytes, true);
  const { findings } = checkDocument(read.paragraphs);
  const annotated = annotateDocx(read.source!, read.paragraphs, findings, BY);
  return { read, findings, annotated, comments: readComments(annotated.bytes) };
}

/** Every finding has one comment by the tool covering exactly its text. */
function expectExact(findings: readonly Finding[], comments: ReturnType<typeof readComments>) {
  const mine = comments.filter((c) => c.author === COMMENT_AUTHOR);
  expect(mine).toHaveLength(findings.length);
  findings.forEach((f, i) => {
    expect(mine[i]!.covers, f.message).toBe(f.text);
    expect(mine[i]!.text).toContain(f.message);
  });
}

describe("annotated copies", () => {
  it("covers exactly each finding's text across split runs, entities, fields, hyperlinks and tracked changes", () => {
    const shapes: Record<number, string> = {
      // A blank split over two runs, after an entity.
      3: `<w:p>${run("（一）加强政治建设。R&D 全年召开学习X")}${run("X次，增强“四个意识”、坚定“四个自信”、做到“两个维护”。")}</w:p>`,
      // A finding inside a field's result and one inside a hyperlink.
      4: `<w:p>${run("（二）夯实基层组织。")}${field("某某支部")}<w:hyperlink r:id="rId99">${run("落实“三会一课”，发展党员**名。")}</w:hyperlink></w:p>`,
      // Deleted text is not covered; the blank sits in an insertion; a tab stands between.
      6: `<w:p>${run("理论学习")}${del("XX")}${ins("的深度还不够XX")}<w:r><w:tab/></w:r>${run("党建和业务融合还不紧。")}</w:p>`,
    };
    const { read, findings, annotated, comments } = annotate(report(shapes));
    expect(findings.map((f) => f.text)).toEqual(expect.arrayContaining(["XX", "某某", "**"]));
    expect(findings.length).toBeGreaterThanOrEqual(4);
    expect(annotated.comments).toBe(findings.length);
    expectExact(findings, comments);
    // The copy reads as the original: the marks change no text.
    const again = readDocx(annotated.bytes);
    expect(again.paragraphs.map((p) => p.text)).toEqual(read.paragraphs.map((p) => p.text));
    // Tracked changes stay tracked.
    const xml = new TextDecoder().decode(unzipSync(annotated.bytes)["word/document.xml"]);
    expect(xml.split(W("del ")).length).toBe(2);
    expect(xml.split(W("ins ")).length).toBe(2);
  });

  it("marks a finding in a text box, a footnote's on its reference mark, and a header's at the start of the body", () => {
    const footnote = `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${run("数据来源：某某年鉴。")}</w:p></w:footnote>`;
    const { findings, comments, annotated } = annotate(
      report(
        {
          0: `<w:p>${textBox(para("市统计局XX年党建工作总结"))}</w:p>`,
          6: `<w:p>${run(TYPED[6]!)}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`,
        },
        { footnotes: footnote, headers: [para("XX局机关党委")] }
      )
    );
    const byPart = (part?: string) => findings.filter((f) => f.part === part);
    expect(byPart(undefined).map((f) => f.text)).toContain("XX");
    const boxComment = comments.find(
      (c) => c.covers === "XX" && c.part === "word/document.xml" && !c.text.includes("页眉")
    );
    expect(boxComment).toBeDefined();
    const note = comments.find((c) => c.text.includes("在脚注中"))!;
    expect(note.text).toContain("某某");
    const xml = new TextDecoder().decode(unzipSync(annotated.bytes)["word/document.xml"]);
    expect(xml).toContain(
      `<w:commentRangeStart w:id="${note.id}"/><w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeEnd w:id="${note.id}"/>`
    );
    expect(
      new TextDecoder().decode(unzipSync(annotated.bytes)["word/footnotes.xml"])
    ).not.toContain("commentRange");
    const header = comments.find((c) => c.text.includes("在页眉中"));
    expect(header).toMatchObject({ part: "word/document.xml", covers: "" });
    expect(byPart("header")).toHaveLength(1);
  });

  it("keeps the comments already there and gives new ones ids of their own", () => {
    const existing = `<w:comment w:id="0" w:author="李" w:initials="李"><w:p><w:r><w:t>请补充数据</w:t></w:r></w:p></w:comment>`;
    const marked = `<w:p>${run("（一）加强政治建设。")}<w:commentRangeStart w:id="0"/>${run("全年学习XX次。")}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`;
    const { findings, comments } = annotate(report({ 3: marked }, { comments: existing }));
    expect(comments[0]).toMatchObject({
      id: "0",
      author: "李",
      text: "请补充数据",
      covers: "全年学习XX次。",
    });
    expectExact(findings, comments);
    expect(new Set(comments.map((c) => c.id)).size).toBe(comments.length);
  });

  it("puts a missing section's comment where it would go and a wrong automatic number's on its heading", () => {
    const numbering = reportList(1) + listInstance(1, 1);
    const body = [
      para(TYPED[0]!),
      para(TYPED[1]!),
      para("主要工作", { numId: 1, ilvl: 0 }),
      para("加强政治建设。", { numId: 1, ilvl: 1 }),
      // 三、 where 二、 is due.
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>${run("工作打算")}</w:p>`,
      para("抓好落实。"),
    ].join("");
    const bytes = buildDocx({
      body,
      numbering:
        numbering +
        `<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>`,
    });
    const { findings, comments } = annotate(bytes);
    const missing = findings.find((f) => f.rule === "missing-section")!;
    const number = findings.find((f) => f.rule === "numbering")!;
    expect(missing.text).toBe("");
    expect(comments.find((c) => c.text.includes(missing.message))?.covers).toBe("");
    expect(comments.find((c) => c.text.includes(number.message))?.covers).toBe("工作打算");
  });

  it("writes a comment's fix once, and suggests a deletion", () => {
    const { findings, comments } = annotate(
      report({
        3: para("（一）加强政治建设。牢固树立“四个意识”，坚定“四个自信”，坚决做到“两个拥护”。"),
      })
    );
    const tifa = findings.find((f) => f.rule === "tifa")!;
    expect(tifa.fix).toBe("两个维护");
    const comment = comments.find((c) => c.covers === tifa.text)!;
    expect(comment.text).toContain("“两个维护”");
    expect(comment.text.split("两个维护").length).toBe(tifa.message.split("两个维护").length);
    expect(comment.initials).toBe("党建");
  });
});

describe("dangjian check --annotate", () => {
  const dir = mkdtempSync(join(tmpdir(), "dangjian-annotate-"));
  const input = join(dir, "收到");
  mkdirSync(join(input, "一支部"), { recursive: true });
  const withBlank = report({ 3: para("（一）加强政治建设。全年召开学习XX次。") });
  writeFileSync(join(input, "一支部", "总结.docx"), withBlank);
  writeFileSync(join(input, "机关.docx"), report({}));
  writeFileSync(join(input, "说明.txt"), TYPED.join("\n"));
  writeFileSync(join(input, "~$总结.docx"), "lock");

  const run = (...args: string[]) => runMain(args);

  it("checks a folder recursively, writes copies keeping subfolders and leaves the input unchanged", async () => {
    const before = readFileSync(join(input, "一支部", "总结.docx"));
    const out = join(dir, "批注");
    const { code, out: text } = await run("check", input, "--annotate", out, "--format", "json");
    expect(code).toBe(1);
    const results = JSON.parse(text) as Array<{
      file: string;
      annotated: { path: string | null; comments?: number; note?: string };
    }>;
    expect(results.map((r) => r.file.slice(input.length + 1))).toEqual([
      "一支部/总结.docx",
      "机关.docx",
      "说明.txt",
    ]);
    expect(results[0]!.annotated).toEqual({ path: join(out, "一支部", "总结.docx"), comments: 1 });
    expect(results[1]!.annotated.comments).toBe(0);
    expect(results[2]!.annotated).toEqual({ path: null, note: expect.stringContaining("纯文本") });
    expect(readComments(readFileSync(join(out, "一支部", "总结.docx")))[0]?.covers).toBe("XX");
    expect(readFileSync(join(input, "一支部", "总结.docx")).equals(before)).toBe(true);
  });

  it("never writes a copy over its original", async () => {
    const file = join(dir, "原件.docx");
    writeFileSync(file, withBlank);
    const { out } = await run("check", file, "--annotate", dir);
    expect(out).toContain("为免覆盖原文件");
    expect(readFileSync(file).equals(Buffer.from(withBlank))).toBe(true);
  });

  it("says so when a folder holds nothing to check, and asks for a folder name", async () => {
    const empty = join(dir, "空");
    mkdirSync(empty);
    expect((await run("check", empty)).out).toContain("文件夹中没有 .docx 或 .txt 文件");
    expect((await run("check", empty, "--annotate", "")).err).toContain(
      "请给出批注副本的输出文件夹"
    );
  });
});

describe("a comment's text", () => {
  const finding = (message: string, fix?: string): Finding => ({
    rule: "residue",
    severity: "error",
    message,
    paragraph: 0,
    start: 0,
    end: 2,
    text: "广告",
    ...(fix !== undefined ? { fix } : {}),
  });
  it("adds the fix only where the message does not already say it", () => {
    expect(commentText(finding("“广告”像是广告。", ""))).toBe(
      "【网站残留内容】“广告”像是广告。建议删除。"
    );
    expect(commentText(finding("“广告”是标记，应删除。", ""))).toBe(
      "【网站残留内容】“广告”是标记，应删除。"
    );
    expect(commentText(finding("“两个拥护”有误。", "两个维护"))).toBe(
      "【网站残留内容】“两个拥护”有误。建议改为“两个维护”。"
    );
    expect(commentText({ ...finding("“XX”是空白。"), part: "header" }, true)).toBe(
      "【网站残留内容】（在页眉中）“XX”是空白。"
    );
  });
});

describe("progress on a terminal", () => {
  const dir = mkdtempSync(join(tmpdir(), "dangjian-progress-"));
  writeFileSync(join(dir, "一.txt"), TYPED.join("\n"));
  writeFileSync(join(dir, "二.txt"), TYPED.join("\n"));

  async function run(terminal: boolean, ...args: string[]) {
    let out = "";
    let err = "";
    await main(args, {
      out: (t) => void (out += t),
      err: (t) => void (err += t),
      read: (p) => readFile(p),
      terminal,
    });
    return { out, err };
  }

  it("shows a bar on a terminal's stderr for a batch, and nothing when piped or for JSON", async () => {
    const shown = await run(true, "check", dir);
    expect(shown.err).toContain("检查中 [");
    expect(shown.err).toContain("2/2");
    expect(shown.err.endsWith("\r\x1b[K")).toBe(true);
    expect(shown.out).not.toContain("检查中");
    expect((await run(false, "check", dir)).err).toBe("");
    expect((await run(true, "check", dir, "--format", "json")).err).toBe("");
  });
});
