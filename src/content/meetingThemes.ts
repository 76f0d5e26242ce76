import type { MeetingTheme } from "./types";

/**
 * The part of the 2025年度 主题 that the notices passed down share word for word; each notice then
 * adds its own ending (奋力开创……新局面, 为……贡献力量).
 */
const THEME_2025 =
  "深入学习贯彻习近平新时代中国特色社会主义思想，全面贯彻落实党的二十届四中全会精神，以打攻坚战、持久战的决心和恒心，锲而不舍落实中央八项规定精神，推进作风建设常态化长效化，以优良作风凝心聚力、真抓实干";

/**
 * 2025年度民主生活会 (held from December 2025 to early 2026). Read at:
 * 主题 https://cgst.sicau.edu.cn/info/1058/9478.htm and https://gongxunwk.com/doc/2667233.html;
 * aspects https://tw.news.yahoo.com/ (新华社, 2025-12-26, reprinted in traditional characters),
 * the first also at https://www.gongwk.com/doc/579055.jhtml and https://www.fswk.com/articles/38584.
 */
export const DEMOCRATIC_LIFE_2025: MeetingTheme = {
  year: 2025,
  meeting: "民主生活会",
  theme: THEME_2025,
  aspectsRequired: true,
  aspects: [
    {
      id: "loyalty",
      name: "政治忠诚和政治能力",
      heading: "在带头强化政治忠诚、提高政治能力方面",
      words: ["政治忠诚", "政治能力"],
    },
    {
      id: "party-spirit",
      name: "固本培元、增强党性",
      heading: "在带头固本培元、增强党性方面",
      words: ["固本培元", "增强党性", "党性修养", "党性锤炼"],
    },
    {
      id: "reverence",
      name: "敬畏人民、敬畏组织、敬畏法纪",
      heading: "在带头敬畏人民、敬畏组织、敬畏法纪方面",
      words: ["敬畏人民", "敬畏组织", "敬畏法纪", "三个敬畏"],
    },
    {
      id: "enterprise",
      name: "干事创业、担当作为",
      heading: "在带头干事创业、担当作为方面",
      words: ["干事创业", "担当作为"],
    },
    {
      id: "governing-party",
      name: "扛起管党治党责任",
      heading: "在带头坚决扛起管党治党责任方面",
      words: ["管党治党", "从严治党", "治党责任"],
    },
  ],
  source:
    "主题：党委和学校转发的2025年度民主生活会、组织生活会通知（四川农业大学某学院2026年1月7日通知、某市政协讲话稿等），上面这段各通知一字不差，结尾各地不同；未找到中央组织部通知原文。" +
    "五个方面：新华社关于2025年12月25日至26日中共中央政治局民主生活会的报道（见于繁体转载，逐字转为简体），第一个方面另见于多份简体的地方对照检查材料；各地通知多照此列出，本单位通知不同的，以通知为准。",
};

/**
 * 2025年度组织生活会: the same 主题; the aspects differ from notice to notice, so those below are
 * the usual set for a member and are offered, not required.
 */
export const ORGANIZATIONAL_LIFE_2025: MeetingTheme = {
  year: 2025,
  meeting: "组织生活会",
  theme: THEME_2025,
  aspectsRequired: false,
  aspects: [
    {
      id: "member-loyalty",
      name: "政治忠诚和理论学习",
      heading: "在强化政治忠诚、加强理论学习方面",
      words: ["政治忠诚", "理论学习", "政治能力"],
    },
    {
      id: "member-party-spirit",
      name: "党性修养和纪律规矩",
      heading: "在增强党性、严守纪律规矩方面",
      words: ["党性", "纪律", "规矩"],
    },
    {
      id: "member-conduct",
      name: "作风建设",
      heading: "在落实中央八项规定精神、改进作风方面",
      words: ["八项规定", "作风"],
    },
    {
      id: "member-example",
      name: "担当作为和先锋模范作用",
      heading: "在立足岗位担当作为、发挥先锋模范作用方面",
      words: ["担当作为", "先锋模范", "履职尽责"],
    },
  ],
  source:
    "主题：与2025年度民主生活会相同（四川农业大学某学院2026年1月7日组织生活会通知等）。方面：各单位通知所列不一，未找到统一文本；这里取常见的四个方面供选用，不作必查。",
};

/** Every year's themes the built-in types know, newest first. */
export const MEETING_THEMES: readonly MeetingTheme[] = [
  DEMOCRATIC_LIFE_2025,
  ORGANIZATIONAL_LIFE_2025,
];
