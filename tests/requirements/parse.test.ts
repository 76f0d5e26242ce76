import { describe, expect, it } from "vitest";
import { ANNUAL_SUMMARY } from "../../src/content/documentTypes";
import { parseRequirements } from "../../src/core/requirements/parse";
import { typesInForce } from "../../src/core/requirements/inForce";
import { parseLibrary } from "../../src/core/userLibrary";
import { EXAMPLE } from "./example";

const example = () => JSON.parse(EXAMPLE).requirements;
const error = (value: unknown) => {
  const parsed = parseRequirements(value);
  return parsed.ok ? "" : parsed.error;
};

describe("requirements an organisation publishes", () => {
  it("reads the example file: a variant of a built-in type that keeps what it does not change", () => {
    const parsed = parseLibrary(EXAMPLE);
    if (!parsed.ok) throw new Error(parsed.error);
    const { requirements } = parsed;
    expect(requirements?.issuer).toBe("市直机关工委");
    expect(requirements?.year).toBe(2026);
    const annual = requirements!.types.find((t) => t.id === "annual-summary")!;
    expect(annual.name).toBe(ANNUAL_SUMMARY.name);
    expect(annual.sections.map((s) => s.id)).toEqual([
      "title",
      "opening",
      "main-work",
      "problems",
      "plans",
    ]);
    // A section named alone is the built-in one; one with fields changes just those.
    expect(annual.sections[0]).toBe(ANNUAL_SUMMARY.sections[0]);
    const main = annual.sections[2]!;
    expect(main.paragraphs?.[0]).toMatch(/^\{year\}年，\{unit\}党组按照市直机关工委部署/);
    expect(main.topics).toEqual(ANNUAL_SUMMARY.sections[2]!.topics);
    expect(main.title).toBe(ANNUAL_SUMMARY.sections[2]!.title);
    expect(annual.lengthRange).toEqual({ min: 1500, max: 3000 });
    expect(annual.suggestedLength).toBe(3000);
    expect(annual.requiredTopics?.[0]?.name).toBe("树立和践行正确政绩观学习教育");
    expect(annual.publishedBy).toEqual({ issuer: "市直机关工委", year: 2026 });
    // In force: the variant in the built-in one's place, the types it leaves alone as they are.
    const inForce = typesInForce(requirements);
    expect(inForce.map((t) => t.id)).toEqual([
      "annual-summary",
      "branch-summary",
      "report",
      "duty-report",
      "democratic-life-review",
      "organizational-life-review",
    ]);
    expect(inForce[0]).toBe(annual);
    expect(inForce[2]!.publishedBy).toBeUndefined();
  });

  it("adds a type of its own, with new sections from their templates", () => {
    const parsed = parseRequirements({
      issuer: "区委组织部",
      year: 2026,
      documentTypes: [
        {
          id: "learning-report",
          name: "学习教育开展情况报告",
          titleWords: ["学习教育开展情况"],
          sections: [
            {
              id: "title",
              kind: "title",
              title: "标题",
              template: "{unit}{year}年学习教育开展情况报告",
            },
            { id: "summary", kind: "opening", title: "开头", template: "{year}年，{unit}……" },
            {
              id: "done",
              title: "开展情况",
              headings: ["开展情况", "主要做法"],
              template: ["一是〔　〕。", "{unit}重点抓了〔　〕。"],
            },
            {
              id: "next",
              title: "下步打算",
              required: false,
              headings: ["打算"],
              template: "下一步，〔　〕。",
            },
          ],
          topics: [{ name: "查摆问题", section: "done" }],
        },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.error);
    const own = parsed.requirements.types[0]!;
    expect(own.titleKeywords).toEqual(["学习教育开展情况"]);
    expect(own.sections.map((s) => [s.id, s.kind, s.required])).toEqual([
      ["title", "title", true],
      ["summary", "opening", true],
      ["done", "numbered", true],
      ["next", "numbered", false],
    ]);
    expect(own.sections[2]!.paragraphs).toEqual(["一是〔　〕。", "{unit}重点抓了〔　〕。"]);
    // A topic without phrases of its own is covered by its name.
    expect(own.requiredTopics).toEqual([
      { name: "查摆问题", section: "done", phrases: ["查摆问题"] },
    ]);
    expect(typesInForce(parsed.requirements).map((t) => t.id)).toContain("learning-report");
  });

  it("refuses a bad file whole, naming the record and the field in Chinese", () => {
    const withType = (type: object) => ({
      ...example(),
      documentTypes: [{ id: "annual-summary", ...type }],
    });
    expect(error({ ...example(), year: "2026" })).toBe(
      "要求（requirements）的字段“year”应是 2000 至 2100 之间的整数（不加引号）。"
    );
    expect(error({ ...example(), issuer: "" })).toBe(
      "要求（requirements）的字段“issuer”应是不空的文字。"
    );
    expect(error({ ...example(), yaer: 2026 })).toContain("有不认识的字段“yaer”");
    expect(error(withType({ length: { min: 3000, max: 2000 } }))).toBe(
      "要求（requirements）中文稿类型第 1 条“annual-summary”的字段“length”的 min（3000）大于 max（2000）。"
    );
    expect(error(withType({ sections: ["title", "ending"] }))).toBe(
      "要求（requirements）中文稿类型第 1 条“annual-summary”的部分第 2 条：“ending”不是所依据的文稿类型中的部分。"
    );
    expect(error(withType({ sections: [{ id: "main-work", headings: "主要工作" }] }))).toBe(
      "要求（requirements）中文稿类型第 1 条“annual-summary”的部分第 1 条“main-work”的字段“headings”应是不空的文字列表。"
    );
    expect(
      error(withType({ sections: [{ id: "main-work", template: "{单位}主要做了：" }] }))
    ).toContain("的字段“template”中的空白“{单位}”不是已知的空白");
    expect(
      error(
        withType({ sections: [{ id: "party-history", title: "党史学习", template: "〔　〕" }] })
      )
    ).toContain("“party-history”的字段“headings”不能缺少");
    expect(error(withType({ topics: [{ name: "正确政绩观", section: "main" }] }))).toBe(
      "要求（requirements）中文稿类型第 1 条“annual-summary”的要求写到的内容第 1 条的字段“section”中的“main”不是这一文稿类型的部分（title、opening、main-work、problems、plans）。"
    );
    expect(
      error({ ...example(), documentTypes: [{ id: "new-kind", sections: ["title"] }] })
    ).toContain("“new-kind”的字段“name”不能缺少");
    expect(
      error({
        ...example(),
        documentTypes: [{ id: "x", name: "年度党建工作总结", base: "annual-summary" }],
      })
    ).toContain("与内置的文稿类型同名");
    // The whole library file is refused with it: its phrases are not taken without its
    // requirements.
    const file = JSON.parse(EXAMPLE);
    file.requirements.documentTypes[0].topics[0].phrases = [];
    const parsed = parseLibrary(JSON.stringify(file));
    expect(parsed).toEqual({
      ok: false,
      error:
        "要求（requirements）中文稿类型第 1 条“annual-summary”的要求写到的内容第 1 条的字段“phrases”应是不空的文字列表。",
    });
  });
});
