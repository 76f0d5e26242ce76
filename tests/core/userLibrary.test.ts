import { describe, expect, it } from "vitest";
import {
  exportLibrary,
  LIBRARY_FORMAT,
  mergeEntries,
  parseLibrary,
} from "../../src/core/userLibrary";

const file = (entries: unknown, extra: object = {}) =>
  JSON.stringify({ format: LIBRARY_FORMAT, version: 1, entries, ...extra });

describe("the user's library file", () => {
  it("round-trips through export and import", () => {
    const entries = [{ id: "a", name: "开头", text: "现将有关情况报告如下。" }];
    expect(parseLibrary(exportLibrary(entries))).toEqual({ ok: true, entries });
  });

  it("says exactly what is wrong with a bad file", () => {
    const error = (text: string, reserved?: Set<string>) => {
      const r = parseLibrary(text, reserved);
      return r.ok ? "" : r.error;
    };
    expect(error("{not json")).toContain("不是有效的 JSON");
    expect(error(JSON.stringify({ entries: [] }))).toContain("不是党建写作助手的常用语文件");
    expect(error(file([], { version: 9 }))).toContain("不支持的文件版本 9");
    expect(error(JSON.stringify({ format: LIBRARY_FORMAT, version: 1 }))).toContain("缺少 entries");
    expect(error(file([{ id: "a", name: "", text: "x" }]))).toBe("第 1 条（a）缺少名称。");
    expect(
      error(
        file([
          { id: "a", name: "甲", text: "x" },
          { id: "a", name: "乙", text: "y" },
        ])
      )
    ).toContain("编号冲突：第 2 条的编号“a”在文件中重复出现");
    expect(
      error(
        file([{ id: "four-consciousness", name: "甲", text: "x" }]),
        new Set(["four-consciousness"])
      )
    ).toContain("与内置提法库重复");
    expect(error("x".repeat(5 * 1024 * 1024 + 1))).toContain("文件过大");
  });

  it("says a version written as text is the wrong type, and caps a phrase's name", () => {
    const quoted = parseLibrary(file([], { version: "1" }));
    expect(quoted.ok ? "" : quoted.error).toBe(
      '文件版本应为数字，文件中是文字“1”。本程序支持版本 1（写作 "version": 1，不加引号）。'
    );
    expect(parseLibrary(file([{ id: "a", name: "名".repeat(100), text: "x" }])).ok).toBe(true);
    const long = parseLibrary(file([{ id: "a", name: "名".repeat(1_000_000), text: "x" }]));
    expect(long.ok ? "" : long.error).toBe(
      "第 1 条（a）的名称过长（1000000 字），不能超过 100 字。"
    );
  });

  it("accepts a byte-order mark", () => {
    expect(parseLibrary(`\uFEFF${file([])}`)).toEqual({ ok: true, entries: [] });
  });

  it("counts added and updated entries on merge", () => {
    const merged = mergeEntries(
      [{ id: "a", name: "甲", text: "1" }],
      [
        { id: "a", name: "甲", text: "2" },
        { id: "b", name: "乙", text: "3" },
      ]
    );
    expect(merged).toMatchObject({ added: 1, updated: 1 });
    expect(merged.entries.map((e) => e.text)).toEqual(["2", "3"]);
  });
});
