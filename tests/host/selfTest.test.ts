import { describe, expect, it } from "vitest";
import type { DocParagraph } from "../../src/core/document";
import { MemoryDocument } from "../../src/host/memory/MemoryDocument";
import { MemoryHost } from "../../src/host/memory/MemoryHost";
import type { DescribedHost } from "../../src/host/selfTest/environment";
import { reportFileName, reportText } from "../../src/host/selfTest/report";
import { runSelfTest } from "../../src/host/selfTest/runSelfTest";
import { FakeWps } from "../../src/host/wps/fake/FakeWps";
import { wordEnvironment } from "../../src/host/word/environment";
import { WordHost } from "../../src/host/word/WordHost";
import { WpsHost } from "../../src/host/wps/WpsHost";
import { FakeWord } from "./fakeWord";

const writers: DocParagraph[] = [{ text: "我的总结。", level: 0, inTable: false, inList: false }];
const at = new Date(2026, 11, 6, 9, 30);

describe("自检", () => {
  it("on WPS runs every operation on a scratch document, closes it unsaved and leaves the writer's document as it was", async () => {
    const app = new FakeWps(writers);
    const mine = app.ActiveDocument!;
    const report = await runSelfTest(new WpsHost(app), () => at);
    expect(
      report.results.map((r) => [r.id, r.status, r.status === "failed" ? r.detail : ""])
    ).toEqual(report.results.map((r) => [r.id, "passed", ""]));
    expect(report.results).toHaveLength(10);
    expect(report.scratch).toBe(true);
    expect(app.documents).toEqual([mine]);
    expect(app.ActiveDocument).toBe(mine);
    expect(mine.texts()).toEqual(["我的总结。"]);
    expect(mine.undoStack).toHaveLength(0);
    expect(mine.variables.size).toBe(0);
  });

  it("reports a failing operation with its reason and goes on with the others", async () => {
    const app = new FakeWps(writers);
    const host = new WpsHost(app);
    const original = app.Documents.Add;
    Object.defineProperty(app, "Documents", {
      get: () => ({
        Count: 1,
        Item: () => app.ActiveDocument,
        Add: () => {
          const doc = original.call(app.Documents);
          Object.defineProperty(doc, "Variables", {
            get: () => ({
              Count: 0,
              Item: () => undefined,
              Add: () => {
                throw new Error("文档变量不可用");
              },
            }),
          });
          return doc;
        },
      }),
    });
    const report = await runSelfTest(host, () => at);
    const settings = report.results.find((r) => r.id === "settings")!;
    expect(settings).toMatchObject({ status: "failed", detail: "文档变量不可用" });
    expect(report.results.filter((r) => r.status === "passed").length).toBeGreaterThan(5);
  });

  it("without a scratch document runs only what leaves the document untouched and says why the rest did not run", async () => {
    const doc = new MemoryDocument(writers);
    const host: DescribedHost = Object.assign(new MemoryHost(doc), {
      environment: () => ({
        host: "Word",
        version: "16.0",
        apis: ["WordApi 1.3"],
        noScratchReason: "Word 加载项只能操作打开它的文档",
      }),
    });
    const report = await runSelfTest(host, () => at);
    expect(report.results.filter((r) => r.status === "passed").map((r) => r.id)).toEqual([
      "read",
      "layoutRead",
    ]);
    expect(report.results.find((r) => r.id === "comments")).toMatchObject({
      status: "skipped",
      detail: "未运行：Word 加载项只能操作打开它的文档",
    });
    expect(doc.snapshot().paragraphs.map((p) => p.text)).toEqual(["我的总结。"]);
    expect(await host.getSetting("selftest")).toBeUndefined();
  });

  it("gives a plain table to copy and a file name to save it under", async () => {
    const report = await runSelfTest(new WpsHost(new FakeWps(writers)), () => at);
    const text = reportText(report);
    expect(text.split("\n").slice(0, 6)).toEqual([
      "党建写作助手 自检 2026-12-06 09:30",
      "宿主\tWPS 文字（模拟）",
      "版本\t模拟对象模型",
      "接口\tWPS 加载项 JS API（wps.WpsApplication）",
      "自检文档\t新建的空白文档（已关闭，未保存）",
      "结果\t10/10 项通过",
    ]);
    expect(text).toContain("一键排版\t通过\t");
    expect(reportFileName(report)).toBe("自检-WPS文字（模拟）-202612060930.txt");
  });
});

describe("自检 in Word", () => {
  it("lists the newest version of each requirement set and runs only the read-only operations", async () => {
    const word = new FakeWord(writers);
    const host = new WordHost(word.run, word.settings, word.environment);
    const supports = (name: string, version: string) =>
      (name === "WordApi" && Number(version) <= 1.4) ||
      (name === "WordApiDesktop" && version === "1.1");
    expect(
      wordEnvironment(
        supports,
        () => ({ platform: "PC", version: "16.0.17928.20114" }),
        () => true
      )
    ).toMatchObject({
      host: "Word（PC）",
      version: "16.0.17928.20114",
      apis: ["WordApi 1.4", "WordApiDesktop 1.1"],
    });
    // An office.js older than Word: what Word supports but the library lacks is listed.
    const older = (cls: string, member: string) => `${cls}.${member}` !== "Range.insertComment";
    expect(wordEnvironment(supports, () => ({ platform: "PC" }), older).apis.at(-1)).toBe(
      "office.js 中没有：Range.insertComment（请按部署说明换用当前的 office.js）"
    );
    const report = await runSelfTest(
      Object.assign(host, {
        environment: () =>
          wordEnvironment(
            supports,
            () => ({ version: "16.0" }),
            () => true
          ),
      }),
      () => at
    );
    expect(report.results.map((r) => r.status)).toEqual([
      "passed",
      "skipped",
      "skipped",
      "skipped",
      "skipped",
      "skipped",
      "skipped",
      "passed",
      "skipped",
      "skipped",
    ]);
    expect(word.texts()).toEqual(["我的总结。"]);
  });
});
