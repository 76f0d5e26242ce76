import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/core/check/check";
import { bodyParagraph } from "../../src/core/document";

const found = (texts: string[]) =>
  checkDocument(texts.map(bodyParagraph)).findings.filter((f) => f.rule === "count-mismatch");
const REPORT = (a: string, b: string, plans = "（一）强化理论武装。") => [
  "市统计局2025年党建工作总结",
  "一、2025年主要工作",
  a,
  "（二）加强组织建设。",
  b,
  "二、2026年工作打算",
  plans,
];

describe("numbers that disagree", () => {
  it("finds the same total stated twice with different numbers, as 建议, at the second", () => {
    const [f, ...rest] = found(
      REPORT(
        "（一）加强理论武装。全年召开党组理论学习中心组学习会12次。",
        "共召开党组理论学习中心组学习会11次，专题研讨4次。"
      )
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: "warning",
      paragraph: 4,
      text: "共召开党组理论学习中心组学习会11次",
    });
    expect(f!.message).toBe(
      "这里写“共召开党组理论学习中心组学习会11次”，前面（第 3 段）写“全年召开党组理论学习中心组学习会12次”，数字不一致，请核实。"
    );
  });

  it("reads the number before the thing too, and spaced figures", () => {
    expect(
      found(REPORT("全年召开 12 次党组会议。", "共召开11次党组会议，研究党建工作。"))
    ).toHaveLength(1);
    expect(found(REPORT("全年召开 12 次。", "共召开 11 次。"))).toHaveLength(1);
  });

  it("leaves alone equal totals, counts that are not totals, parts, estimates and next year's plans", () => {
    expect(found(REPORT("全年召开党组会议12次。", "共召开党组会议12次。"))).toEqual([]);
    expect(found(REPORT("全年召开党组会议12次。", "机关一支部召开党组会议3次。"))).toEqual([]);
    expect(found(REPORT("全年召开党组会议12次。", "共召开党组会议，其中专题会议3次。"))).toEqual(
      []
    );
    expect(found(REPORT("全年开展主题党日12次。", "共开展主题党日约10次。"))).toEqual([]);
    expect(
      found(REPORT("全年发展党员2名。", "发展工作稳步推进。", "计划全年发展党员3名。"))
    ).toEqual([]);
    expect(found(REPORT("全年发展党员2名。", "共培训入党积极分子15名。"))).toEqual([]);
  });

  it("finds nothing in the sample reports", () => {
    const dir = resolve(__dirname, "../fixtures/reports");
    for (const file of readdirSync(dir))
      expect(found(readFileSync(resolve(dir, file), "utf8").split("\n")), file).toEqual([]);
  });
});
