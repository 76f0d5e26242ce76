import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/core/check/check";
import { bodyParagraph } from "../../src/core/document";

/** First-level headings as real reports word them, for each of the three numbered sections. */
const MAIN = [
  "工作开展情况",
  "2025年工作回顾",
  "主要做法和成效",
  "一年来的主要工作",
  "2025年主要工作及成效",
  "工作完成情况",
  "全年工作总体情况",
  "党建工作开展情况",
  "主要工作开展情况及成效",
  "履职尽责情况",
  "取得的主要成绩",
  "工作亮点和成效",
  "2025年党建工作基本情况",
  "重点任务推进情况",
  "主要工作举措及成效",
  "年度目标任务完成情况",
  "落实全面从严治党主体责任情况",
  "抓基层党建工作情况",
  "工作成效和经验",
  "2025年工作总结",
  "过去一年的工作",
  "主要工作和成效",
  "今年以来工作情况",
  "主要工作完成情况",
  "工作推进情况",
  "开展的主要工作",
  "工作进展及成效",
  "党建工作主要成效",
  "全年工作开展情况",
  "2025年度工作情况",
  "主要工作及特色亮点",
  "2025年工作完成情况及2026年工作打算",
];
const PROBLEMS = [
  "存在的差距和不足",
  "存在的问题和不足",
  "存在的主要问题",
  "问题和不足",
  "存在的不足",
  "工作中存在的问题",
  "差距与不足",
  "存在的困难和问题",
  "短板和弱项",
  "存在的问题及原因分析",
  "需要改进的地方",
  "当前存在的薄弱环节",
  "不足之处",
  "存在问题",
  "问题与差距",
  "面临的困难和挑战",
  "存在的短板",
  "工作中的不足",
  "查摆出的问题",
  "存在的突出问题",
  "问题及原因",
  "差距和短板",
  "存在的不足和改进方向",
  "工作中存在的薄弱环节",
  "仍然存在的问题",
  "主要问题和不足",
  "存在的困难",
  "问题清单",
  "薄弱环节和不足",
  "自身存在的差距",
];
const PLANS = [
  "下一步工作思路",
  "2026年工作打算",
  "下步工作安排",
  "今后努力方向",
  "下一步工作打算",
  "2026年工作计划",
  "下一步工作措施",
  "明年工作打算",
  "下步打算",
  "2026年工作思路和举措",
  "下一步改进措施",
  "今后工作打算",
  "2026年重点工作",
  "下一步工作重点",
  "下一步努力方向",
  "2026年工作安排",
  "下步工作思路",
  "改进措施",
  "工作设想",
  "明年工作思路",
  "2026年工作目标和措施",
  "下一步计划",
  "整改措施",
  "今后工作思路",
  "2026年工作展望",
  "下一步工作举措",
  "来年工作设想",
  "下阶段工作安排",
  "今后的打算",
  "努力方向和措施",
];

/**
 * Headings seen in published reports of 2024–2026 (their first-level headings only, not their
 * sentences).
 */
const SEEN = {
  main: [
    "2025年主要工作及成效",
    "主要工作完成情况",
    "2024年基层党建工作成效显著",
    "主要做法",
    "肯定成绩，坚定基层党建工作信心",
    "主要工作情况",
    "履职尽责，党建领航彰显新担当",
    "2025年度政治生态建设主要工作成效与态势分析",
    "政治思想建设情况",
    "基本情况",
    "上半年党建工作成效",
    "工作亮点及成效",
    "主要工作",
    "持续从高从严加强自身建设",
    "学习开展基本情况",
    "主要做法与成效",
    "主要学习工作情况",
    "2024年工作回顾",
    "工作开展情况",
    "主要做法和成效",
    "总体学习情况",
    "履职情况",
    "上年度述职评议考核点评问题整改落实情况",
  ],
  problems: [
    "存在的主要问题",
    "存在的问题",
    "原因分析",
    "对标检视",
    "存在问题及原因分析",
    "存在的问题和不足",
    "存在的短板问题",
  ],
  plans: [
    "下一步计划",
    "精准施策",
    "展望未来",
    "整改措施",
    "下步打算",
    "下一步工作计划",
    "下一步工作思路和举措",
    "下一步打算",
  ],
};

const OPENING = "2025年，在上级党组织的领导下，我们认真履行管党治党责任，现将全年工作总结如下。";
const report = (main: string, problems: string, plans: string) =>
  [
    "市统计局2025年党建工作总结",
    OPENING,
    `一、${main}`,
    "（一）强化政治建设。全年开展集中学习12次。",
    "（二）夯实基层基础。完成支部换届2个。",
    `二、${problems}`,
    "一是学习不够深入。二是融合不够紧密。",
    `三、${plans}`,
    "（一）持续强化理论武装。",
    "（二）深化党建业务融合。",
  ].map(bodyParagraph);
const statusOf = (paragraphs: ReturnType<typeof report>) => {
  const result = checkDocument(paragraphs);
  return {
    status: Object.fromEntries(result.sections.map((s) => [s.id, s.status])),
    missing: result.findings.filter((f) => f.rule === "missing-section").map((f) => f.message),
  };
};

describe("first-level headings as real reports word them", () => {
  it("holds at least 30 of each", () => {
    expect([MAIN.length, PROBLEMS.length, PLANS.length].every((n) => n >= 30)).toBe(true);
  });

  it.each([...MAIN, ...SEEN.main])("main work: 一、%s", (heading) => {
    const { status, missing } = statusOf(report(heading, "存在的问题和不足", "2026年工作打算"));
    expect(status).toMatchObject({ "main-work": "present", problems: "present", plans: "present" });
    expect(missing).toEqual([]);
  });

  it.each([...PROBLEMS, ...SEEN.problems])("problems: 二、%s", (heading) => {
    const { status, missing } = statusOf(report("工作开展情况", heading, "2026年工作打算"));
    expect(status).toMatchObject({ "main-work": "present", problems: "present", plans: "present" });
    expect(missing).toEqual([]);
  });

  it.each([...PLANS, ...SEEN.plans])("plans: 三、%s", (heading) => {
    const { status, missing } = statusOf(report("工作开展情况", "存在的问题和不足", heading));
    expect(status).toMatchObject({ "main-work": "present", problems: "present", plans: "present" });
    expect(missing).toEqual([]);
  });
});

describe("a report whose first section after the opening holds the topics", () => {
  it("is never told its main work is missing", () => {
    const shapes = [
      [
        "市统计局2025年党建工作总结",
        OPENING,
        "（一）强化政治建设。全年开展集中学习12次。",
        "（二）夯实基层基础。完成支部换届2个。",
        "二、存在的问题和不足",
        "一是学习不够深入。",
        "三、2026年工作打算",
        "（一）持续强化理论武装。",
      ],
      [
        "市统计局2025年党建工作总结",
        OPENING,
        "（一）强化政治建设。",
        "（二）夯实基层基础。",
        "一、存在的问题和不足",
        "一是学习不够深入。",
        "二、下一步工作打算",
        "（一）持续强化理论武装。",
      ],
      [
        "市统计局2025年党建工作总结",
        OPENING,
        "1.强化政治建设。全年开展集中学习12次。",
        "2.夯实基层基础。",
        "存在的问题",
        "一是学习不够深入。",
        "下一步打算",
        "一是持续强化理论武装。",
      ],
    ];
    for (const shape of shapes) {
      const paragraphs = shape.map((t, i) =>
        i >= 4 && !/^[（一二三1-9]/.test(t) && !/^[一二三]是/.test(t)
          ? { ...bodyParagraph(t), level: 1 as const }
          : bodyParagraph(t)
      );
      const { status, missing } = statusOf(paragraphs);
      expect(status["main-work"], shape.join(" / ")).toBe("present");
      expect(missing.filter((m) => m.includes("主要工作"))).toEqual([]);
    }
  });

  it("still says the main work is missing where there is none", () => {
    const { status } = statusOf(
      [
        "市统计局2025年党建工作总结",
        OPENING,
        "一、存在的问题和不足",
        "一是学习不够深入。",
        "二、2026年工作打算",
        "（一）持续强化理论武装。",
      ].map(bodyParagraph)
    );
    expect(status["main-work"]).toBe("missing");
  });
});
