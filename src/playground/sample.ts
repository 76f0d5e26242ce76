/**
 * A short report to try the checker on, written for the playground. It has the mistakes the
 * checker looks for: a blank, a truncated 提法, a skipped number, half-width and doubled
 * punctuation, no 存在问题 section, a plan for the wrong year and a pasted advertising line.
 */
export const SAMPLE_REPORT = [
  "市统计局2025年党建工作总结",
  "2025年，市统计局党组在市直机关工委的指导下，坚持以党建引领统计事业发展，各项工作取得新进展。现将全年工作总结如下：",
  "一、2025年主要工作",
  "（一）加强政治建设。坚持用新时代中国特色社会主义思想凝心铸魂，全年召开党组理论学习中心组学习XX次，开展专题研讨4次。",
  "（三）夯实基层组织。严格落实“三会一课”制度,规范开展主题党日活动，全年发展党员2名。",
  "（四）推进作风建设。严格落实全面从严治党主体责任，，开展警示教育3次，持续纠治“四风”。",
  "更多精品范文请关注公众号",
  "二、2025年工作打算",
  "2026年，我们将继续抓好理论武装、组织建设和作风建设，推动党建和业务深度融合。",
];
