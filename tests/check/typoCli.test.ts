import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { buildDocx, para } from "../fixtures/docx/package";
import { TYPED } from "../fixtures/docx/report";
import { runMain } from "../cli/runMain";

const dir = mkdtempSync(join(tmpdir(), "dangjian-typo-"));
const path = (name: string) => join(dir, name);

const run = (...args: string[]) => runMain(args);

beforeAll(() => {
  // A clean report with one typo added to its opening paragraph.
  const lines = [...TYPED];
  lines[1] = `${lines[1]}展板布置得美仑美奂。`;
  writeFileSync(path("report.txt"), lines.join("\n"));
  writeFileSync(path("report.docx"), buildDocx({ body: lines.map((t) => para(t)).join("") }));
  writeFileSync(path("words.txt"), "# 本单位允许的词语\n美仑美奂\n");
  writeFileSync(
    path("library.json"),
    JSON.stringify({
      format: "dangjian-writer/phrases",
      version: 1,
      entries: [],
      allowedWords: ["美仑美奂"],
    })
  );
  writeFileSync(
    path("bad.json"),
    JSON.stringify({
      format: "dangjian-writer/phrases",
      version: 1,
      entries: [],
      allowedWords: [""],
    })
  );
});

describe("错别字 on the command line", () => {
  it("reports the rule, its text and fix in JSON, and its title and evidence in text", async () => {
    const json = await run("check", path("report.txt"), "--format", "json");
    expect(json.code).toBe(1);
    const [file] = JSON.parse(json.out);
    expect(file.findings.filter((f: { rule: string }) => f.rule === "typo")).toEqual([
      expect.objectContaining({
        rule: "typo",
        severity: "error",
        text: "美仑美奂",
        fix: "美轮美奂",
        source: expect.any(String),
      }),
    ]);
    const text = await run("check", path("report.txt"));
    expect(text.out).toMatch(
      /错误 {2}错别字 \[typo\] {2}“美仑美奂”是错误写法.*应为“美轮美奂”。（出处：/
    );
  });

  it("comments on the typo in the annotated copy and lists it in the HTML report", async () => {
    const { code } = await run(
      "check",
      path("report.docx"),
      "--annotate",
      path("批注"),
      "--report",
      path("汇总.html")
    );
    expect(code).toBe(1);
    const comments = new TextDecoder().decode(
      unzipSync(readFileSync(path("批注/report.docx")))["word/comments.xml"]
    );
    expect(comments).toMatch(/错别字[^<]*/);
    expect(comments).toContain("美轮美奂");
    const html = readFileSync(path("汇总.html"), "utf8");
    expect(html).toContain("错别字");
    expect(html).toContain("“美仑美奂”是错误写法");
  });

  it("leaves alone the words an organisation allows (--words), from a word list or a shared library", async () => {
    for (const file of ["words.txt", "library.json"]) {
      const { out } = await run(
        "check",
        path("report.txt"),
        "--format",
        "json",
        "--words",
        path(file)
      );
      expect(
        JSON.parse(out)[0].findings.filter((f: { rule: string }) => f.rule === "typo"),
        file
      ).toEqual([]);
    }
    const bad = await run("check", path("report.txt"), "--words", path("bad.json"));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("允许的词语");
  });
});
