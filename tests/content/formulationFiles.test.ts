import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FORMULATION_FILES } from "../../src/content/formulations";
import { toEntries } from "../../src/content/formulations/load";
import type { FormulationFile } from "../../src/content/formulations/record";
import {
  formatProblem,
  validateFormulationFile,
  validateLibrary,
  validateTitleFile,
} from "../../src/content/formulations/validate";

const DIR = join(__dirname, "../../src/content/formulations");
const own = readdirSync(DIR).filter((f) => f.endsWith(".json") && f !== "titles.json");

const record = {
  id: "four-consciousness-test",
  name: "四个意识",
  wording: "政治意识、大局意识、核心意识、看齐意识",
  compare: { kind: "list" },
  status: "current",
  source: { document: "2016年1月中共中央政治局会议", date: "2016-01", verified: "测试用" },
  usages: ["增强“四个意识”。"],
  examples: {
    wrong: [
      {
        text: "增强政治意识、全局意识、核心意识、看齐意识。",
        fixed: "增强政治意识、大局意识、核心意识、看齐意识。",
        kind: "item",
      },
    ],
  },
};
const file = (records: unknown[]) => JSON.stringify({ category: "政治建设", records }, null, 2);
const problems = (text: string) =>
  validateFormulationFile("t.json", text)
    .problems.filter((p) => p.severity === "error")
    .map(formatProblem);

describe("the 提法 data files", () => {
  it("are all imported by the library, and all valid", () => {
    expect(FORMULATION_FILES.map((f) => f.file).sort()).toEqual([...own].sort());
    const results = own.map((f) => ({
      file: f,
      result: validateFormulationFile(f, readFileSync(join(DIR, f), "utf8")),
    }));
    expect(
      results
        .flatMap((r) => r.result.problems)
        .filter((p) => p.severity === "error")
        .map(formatProblem)
    ).toEqual([]);
    expect(validateLibrary(results).map(formatProblem)).toEqual([]);
  });

  it("state how each record is compared, and name a source for every compared one", () => {
    for (const { data } of FORMULATION_FILES) {
      for (const r of data.records) {
        expect(["list", "phrase", "title", "none"], r.id).toContain(r.compare.kind);
        if (r.compare.kind !== "none") expect(r.source?.document, r.id).toBeTruthy();
      }
    }
  });
});

describe("the data file validation", () => {
  it("accepts a good record", () => {
    expect(problems(file([record]))).toEqual([]);
  });

  it("says in Chinese which line of which file is wrong", () => {
    const text = file([record, { ...record, id: "x-two", compare: { kind: "lsit" } }]);
    const line = text.split("\n").findIndex((l) => l.includes('"lsit"')) + 1;
    expect(problems(text)).toEqual([
      `t.json:${line - 1}: 错误：记录“x-two”的比对方式“lsit”无法识别，应为 list、phrase、title 或 none`,
    ]);
  });

  it("finds a missing field, a duplicate id, an unknown field and a fix that changes more than the misquote", () => {
    const noWording: Partial<typeof record> = { ...record };
    delete noWording.wording;
    expect(problems(file([noWording]))[0]).toMatch(
      /^t\.json:\d+: 错误：记录“four-consciousness-test”缺少字段“wording”$/
    );
    expect(problems(file([record, record])).join()).toContain(
      "id“four-consciousness-test”重复（第 4 行已有）"
    );
    expect(problems(file([{ ...record, wordings: "x" }])).join()).toContain(
      "未约定的字段“wordings”"
    );
    const sloppy = {
      ...record,
      examples: {
        wrong: [
          {
            text: "增强政治意识、全局意识、核心意识、看齐意识。",
            fixed: "要增强政治意识、大局意识、核心意识、看齐意识。",
            kind: "item",
          },
        ],
      },
    };
    expect(problems(file([sloppy])).join()).toContain("不在规范表述之内");
    expect(problems(file([{ ...record, compare: undefined }])).join()).toContain(
      "缺少字段“compare”"
    );
    expect(
      problems(file([{ ...record, source: { ...record.source, unverified: "未见原文" } }])).join()
    ).toContain("不能同时有");
  });

  it("points at a JSON syntax slip", () => {
    const text = file([record]).replace('"name": "四个意识",', '"name": "四个意识"');
    const line = text.split("\n").findIndex((l) => l.includes('"wording"')) + 1;
    expect(problems(text)).toEqual([
      `t.json:${line}: 错误：JSON 格式错误：此处应为逗号或右花括号（多了或少了逗号？）`,
    ]);
  });

  it("finds an id used in two files, and a successor that does not exist", () => {
    const a = validateFormulationFile("a.json", file([record]));
    const b = validateFormulationFile(
      "b.json",
      file([{ ...record, status: "historical", period: { supersededBy: "nowhere" } }])
    );
    const found = validateLibrary([
      { file: "a.json", result: a },
      { file: "b.json", result: b },
    ]).map(formatProblem);
    expect(found.join("\n")).toContain("与 a.json 第 4 行重复");
    expect(found.join("\n")).toContain("指向不存在的记录“nowhere”");
  });

  it("checks the title catalogue", () => {
    expect(
      validateTitleFile(
        "titles.json",
        JSON.stringify({
          titles: [{ title: "中国共产党纪律处分条例", status: "current", date: "2023-12-08" }],
        })
      ).problems
    ).toEqual([]);
    expect(
      validateTitleFile(
        "titles.json",
        JSON.stringify({ titles: [{ title: "《中国共产党纪律处分条例》", status: "old" }] })
      ).problems.map((p) => p.message)
    ).toHaveLength(2);
  });

  it("turns a record into the library's entry: a title within 《》, the list's items from the wording", () => {
    const [list] = toEntries([
      { file: "t.json", data: JSON.parse(file([record])) as FormulationFile },
    ]);
    expect(list!.match).toEqual({
      kind: "list",
      items: ["政治意识", "大局意识", "核心意识", "看齐意识"],
    });
    const title = {
      ...record,
      id: "t-title",
      wording: "中国共产党章程",
      compare: { kind: "title" },
      examples: undefined,
    };
    const [doc] = toEntries([
      { file: "t.json", data: JSON.parse(file([title])) as FormulationFile },
    ]);
    expect(doc!.expansion).toBe("《中国共产党章程》");
    expect(doc!.match).toEqual({ kind: "title", text: "中国共产党章程" });
  });
});
