import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/core/check/check";
import { bodyParagraph } from "../../src/core/document";

/** Outlines as writers head them, each worded unlike our templates and unlike the others. */
const OUTLINES: ReadonlyArray<[title: string, main: string, problems: string, plans: string]> = [
  ["市档案馆2025年党建工作总结", "一、主要做法和成效", "二、差距与短板", "三、下一步的思路举措"],
  [
    "区财政局党组2025年度全面从严治党工作总结",
    "一、工作开展情况",
    "二、存在的薄弱环节",
    "三、2026年工作重点",
  ],
  [
    "县水务局机关党委2025年工作总结",
    "一、聚焦主责主业，党建质量稳步提升",
    "二、工作中的不足",
    "三、2026年努力方向",
  ],
  ["市医保局2025年党建工作总结", "一、坚持围绕中心抓党建", "二、问题和原因分析", "三、改进措施"],
  ["第一党支部2025年工作总结", "一、支部建设亮点纷呈", "二、查找出的问题", "三、明年工作设想"],
  [
    "市住建局2025年机关党建工作总结",
    "一、今年以来的主要工作",
    "二、面临的困难",
    "三、2026年工作目标",
  ],
  ["区统计局党支部2025年度工作总结", "一、全年工作回望", "二、自身存在的差距", "三、下步打算"],
  [
    "市教育局2025年党的建设工作总结",
    "一、党建引领作用充分发挥",
    "二、需要改进的方面和弱项",
    "三、今后工作安排",
  ],
  [
    "市交通运输局2025年党建工作总结",
    "一、党建工作取得的成绩",
    "二、短板弱项",
    "三、2026年工作展望",
  ],
  [
    "县自然资源局2025年党建工作情况总结",
    "一、履行党建责任情况",
    "二、存在的不足和原因",
    "三、下一步工作计划",
  ],
  ["市商务局2025年机关党建总结", "一、扎实推进“五个建设”", "二、薄弱之处", "三、下步工作思路"],
  ["区卫健委2025年党建工作总结", "一、多措并举推进党建工作", "二、存在问题", "三、2026年工作举措"],
  [
    "市司法局2025年度党建工作总结",
    "一、以党建引领法治建设",
    "二、当前存在的主要困难和问题",
    "三、明年重点工作",
  ],
];

const report = ([title, main, problems, plans]: (typeof OUTLINES)[number]) =>
  [
    title,
    "2025年，在上级党组织的领导下，我们认真履行管党治党责任，现将全年工作总结如下。",
    main,
    "（一）强化政治建设。全年开展集中学习12次。",
    "（二）夯实基层基础。完成支部换届2个。",
    problems,
    "一是学习不够深入。二是融合不够紧密。",
    plans,
    "（一）持续强化理论武装。",
    "（二）深化党建业务融合。",
  ].map(bodyParagraph);

describe("sections recognised by structure as well as by words", () => {
  it.each(OUTLINES)("%s", (...outline) => {
    const result = checkDocument(report(outline));
    const status = Object.fromEntries(result.sections.map((s) => [s.id, s.status]));
    expect(status).toMatchObject({
      title: "present",
      "main-work": "present",
      problems: "present",
      plans: "present",
    });
    expect(result.findings.filter((f) => f.rule === "missing-section")).toEqual([]);
  });

  it("still says a section is missing when it is", () => {
    const [title, main, , plans] = OUTLINES[0]!;
    const result = checkDocument(
      [
        title,
        "现将有关情况报告如下。",
        main,
        "（一）强化政治建设。",
        plans,
        "（一）持续强化理论武装。",
      ].map(bodyParagraph)
    );
    expect(result.sections.find((s) => s.id === "problems")!.status).toBe("missing");
    expect(result.sections.find((s) => s.id === "main-work")!.status).toBe("present");
  });
});
