import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE } from "./example";
import { runMain } from "../cli/runMain";

const dir = mkdtempSync(join(tmpdir(), "dangjian-requirements-"));
const path = (name: string) => join(dir, name);
/** A 2026 summary whose main work does not mention the year's 学习教育. */
const DRAFT = [
  "市统计局2026年党建工作总结",
  "2026年，市统计局党组坚持以党建引领业务发展。现将全年工作总结如下。",
  "一、2026年主要工作",
  "（一）加强政治建设。全年开展专题研讨4次。",
  "二、存在的问题和不足",
  "理论学习的深度还不够。",
  "三、2027年工作打算",
  "2027年，我们将持续抓好理论武装。",
].join("\n");

const run = (...args: string[]) => runMain(args);

// The organisation's file as its intranet serves it.
let server: ReturnType<typeof createServer>;
let url = "";
beforeAll(async () => {
  writeFileSync(path("draft.txt"), DRAFT);
  writeFileSync(path("organisation.json"), EXAMPLE);
  const bad = JSON.parse(EXAMPLE);
  bad.requirements.documentTypes[0].length = { min: "两千" };
  writeFileSync(path("bad.json"), JSON.stringify(bad));
  writeFileSync(path("phrases-only.json"), JSON.stringify({ ...bad, requirements: undefined }));
  server = createServer((request, response) => {
    if (request.url !== "/org.json") return void response.writeHead(404).end();
    response.writeHead(200, { "Content-Type": "application/json" }).end(EXAMPLE);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe("dangjian check --requirements", () => {
  it("checks against the organisation's file and names its notice", async () => {
    const { code, out } = await run(
      "check",
      path("draft.txt"),
      "--requirements",
      path("organisation.json")
    );
    expect(code).toBe(1);
    expect(out).toContain("（年度党建工作总结）\n  按〔市直机关工委〕2026年要求检查\n");
    expect(out).toContain(
      "第3段第1字  错误  缺少要求写到的内容 [required-topic]  〔市直机关工委〕2026年要求：主要工作应写到“树立和践行正确政绩观学习教育”"
    );
    expect(out).toMatch(
      /字数不合要求 \[length-range\] {2}〔市直机关工委〕2026年要求：正文1500 至 3000 字/
    );
  });

  it("reads the same file from its address, and says so in JSON", async () => {
    const { code, out } = await run(
      "check",
      path("draft.txt"),
      "--requirements",
      `${url}/org.json`,
      "--format",
      "json"
    );
    expect(code).toBe(1);
    const [file] = JSON.parse(out);
    expect(file.requirements).toBe("〔市直机关工委〕2026年要求");
    expect(file.findings.map((f: { rule: string }) => f.rule)).toContain("required-topic");
  });

  it("keeps the built-in checks without the file", async () => {
    const { out } = await run("check", path("draft.txt"));
    expect(out).not.toContain("要求");
    expect(out).not.toContain("required-topic");
  });

  it("refuses a bad file whole and checks nothing", async () => {
    const bad = await run("check", path("draft.txt"), "--requirements", path("bad.json"));
    expect(bad.code).toBe(2);
    expect(bad.out).toBe("");
    expect(bad.err).toBe(
      `单位要求 ${path("bad.json")} 有误，未采用：要求（requirements）中文稿类型第 1 条“annual-summary”的字段“length.min”应是 1 至 100000 之间的整数（不加引号）。\n`
    );
    const none = await run("check", path("draft.txt"), "--requirements", path("phrases-only.json"));
    expect(none.err).toContain("文件中没有单位要求（requirements）。");
    const missing = await run("check", path("draft.txt"), "--requirements", `${url}/gone.json`);
    expect(missing.err).toContain("服务器返回 404。");
  });
});
