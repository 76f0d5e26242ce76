import { describe, expect, it } from "vitest";
import { checkContext, checkDocument } from "../../src/core/check/check";
import { placeMissingSection } from "../../src/core/check/placeSection";
import { bodyParagraph } from "../../src/core/document";
import { parseLibrary } from "../../src/core/userLibrary";
import { parseRequirements } from "../../src/core/requirements/parse";
import type { Requirements } from "../../src/core/requirements/types";
import { EXAMPLE } from "./example";

const parsed = parseLibrary(EXAMPLE);
const requirements = (parsed.ok && parsed.requirements) as Requirements;
const draft = (main: string, title = "市统计局2026年党建工作总结") =>
  [
    title,
    "2026年，市统计局党组坚持以党建引领业务发展。现将全年工作总结如下。",
    "一、2026年主要工作",
    main,
    "二、存在的问题和不足",
    "理论学习的深度还不够。",
    "三、2027年工作打算",
    "2027年，我们将巩固拓展学习教育成果。",
  ].map(bodyParagraph);
const rule = (id: string, paragraphs: ReturnType<typeof draft>, given = requirements) =>
  checkDocument(paragraphs, undefined, { requirements: given }).findings.filter(
    (f) => f.rule === id
  );

describe("checking against an organisation's requirements", () => {
  it("finds a required topic missing from its section, names the notice and points at the section", () => {
    const paragraphs = draft("（一）加强政治建设。全年开展专题研讨4次。");
    const result = checkDocument(paragraphs, undefined, { requirements });
    expect(result.basis).toBe("〔市直机关工委〕2026年要求");
    expect(result.typeName).toBe("年度党建工作总结");
    const [finding, ...more] = result.findings.filter((f) => f.rule === "required-topic");
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      severity: "error",
      paragraph: 2,
      start: 0,
      end: "一、2026年主要工作".length,
      text: "一、2026年主要工作",
    });
    expect(finding!.message).toBe(
      "〔市直机关工委〕2026年要求：主要工作应写到“树立和践行正确政绩观学习教育”，这一部分中没有找到（“树立和践行正确政绩观学习教育”或“正确政绩观学习教育”）。"
    );
  });

  it("is satisfied by any named phrase in the section, quoted or spaced as writers do", () => {
    for (const main of [
      "（一）扎实开展树立和践行正确政绩观学习教育。",
      "（一）开展“树立和践行正确政绩观”学习教育。",
      "（一）深入开展正确政绩观 学习教育，查摆问题12个。",
    ])
      expect(rule("required-topic", draft(main)), main).toEqual([]);
  });

  it("says where the topic was written when it is in another section", () => {
    const paragraphs = draft("（一）加强政治建设。");
    paragraphs[7] = bodyParagraph("2027年，我们将巩固拓展正确政绩观学习教育成果。");
    expect(rule("required-topic", paragraphs)[0]!.message).toBe(
      "〔市直机关工委〕2026年要求：主要工作应写到“树立和践行正确政绩观学习教育”，文中写在了“工作打算”部分。"
    );
  });

  it("keeps the built-in behaviour without the file, and for a report of another year", () => {
    const main = "（一）加强政治建设。";
    const without = checkDocument(draft(main));
    expect(without.basis).toBeUndefined();
    expect(without.findings.filter((f) => f.rule === "required-topic")).toEqual([]);
    const other = checkDocument(draft(main, "市统计局2025年党建工作总结"), undefined, {
      requirements,
    });
    expect(other.basis).toBeUndefined();
    expect(other.findings.filter((f) => f.rule === "required-topic")).toEqual([]);
    // Chosen by hand, the organisation's type holds whatever the title says.
    const chosen = checkDocument(draft(main, "市统计局2025年党建工作总结"), "annual-summary", {
      requirements,
    });
    expect(chosen.basis).toBe("〔市直机关工委〕2026年要求");
  });

  it("names the notice for a missing required section, and adds it from the organisation's template", () => {
    const paragraphs = draft("（一）开展正确政绩观学习教育。").filter((_, i) => i !== 6 && i !== 7);
    const [missing] = rule("missing-section", paragraphs);
    expect(missing!.message).toBe(
      "〔市直机关工委〕2026年要求：年度党建工作总结应有“工作打算”部分，文中没有。"
    );
    const context = checkContext(paragraphs, undefined, { requirements });
    const placed = placeMissingSection(context, "plans", { year: "2026" });
    expect(placed!.paragraphs.slice(0, 2).map((p) => p.text)).toEqual([
      "三、2027年工作打算",
      "2027年，我们将巩固拓展学习教育成果，重点抓好以下工作：",
    ]);
  });

  it("says when the 字数 is outside the notice's range, as a suggestion", () => {
    const [short] = rule("length-range", draft("（一）开展正确政绩观学习教育。"));
    expect(short!.severity).toBe("warning");
    expect(short!.message).toMatch(
      /^〔市直机关工委〕2026年要求：正文1500 至 3000 字，现为 \d+ 字（少 \d+ 字）。$/
    );
    const long = draft(`（一）开展正确政绩观学习教育。${"抓好党建工作。".repeat(500)}`);
    expect(rule("length-range", long)[0]!.message).toMatch(/多 \d+ 字）。$/);
    const fits = draft(`（一）开展正确政绩观学习教育。${"抓好党建工作。".repeat(250)}`);
    expect(rule("length-range", fits)).toEqual([]);
  });

  it("knows an organisation's own type by its title and checks its sections", () => {
    const own = parseRequirements({
      issuer: "区委组织部",
      year: 2026,
      documentTypes: [
        {
          id: "learning-report",
          name: "学习教育开展情况报告",
          titleWords: ["学习教育开展情况"],
          sections: [
            { id: "title", kind: "title", title: "标题", template: "{unit}学习教育开展情况报告" },
            { id: "done", title: "开展情况", headings: ["开展情况"], template: "〔　〕" },
            { id: "effect", title: "取得成效", headings: ["成效"], template: "〔　〕" },
          ],
        },
      ],
    });
    if (!own.ok) throw new Error(own.error);
    const result = checkDocument(
      ["区统计局学习教育开展情况报告", "一、开展情况", "组织专题学习3次。"].map(bodyParagraph),
      undefined,
      { requirements: own.requirements }
    );
    expect(result.type).toBe("learning-report");
    expect(result.sections.map((s) => [s.id, s.status])).toEqual([
      ["title", "present"],
      ["done", "present"],
      ["effect", "missing"],
    ]);
    expect(result.findings.find((f) => f.rule === "missing-section")!.message).toBe(
      "〔区委组织部〕2026年要求：学习教育开展情况报告应有“取得成效”部分，文中没有。"
    );
  });
});
