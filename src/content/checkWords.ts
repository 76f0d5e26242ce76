/** Word lists the check rules read. */

/** What advertising pasted from material websites says, and a report never does. */
export const ADVERTISING_WORDS: readonly string[] = [
  "素材库",
  "加微信",
  "微信号",
  "下载全文",
  "全文下载",
  "版权所有",
];

/**
 * Words advertising uses that reports use too (单位微信公众号, 客服中心, 工会会员, 扫码签到): they
 * count as advertising only in a short line of their own or beside other advertising.
 */
export const ADVERTISING_HINTS: readonly string[] = ["公众号", "客服", "会员", "扫码"];

/** How long a line may be and still read as an advertisement rather than report text. */
export const ADVERTISING_LINE_MAX = 40;

/** Measure words after which a lone x or × stands for a missing count (x次, ×人). */
export const COUNT_UNITS = "次个名人篇期项场条家份天批轮万元亿%余";

/**
 * Characters after a capital letter that make it a real term, not a blank for a name (B超, A股, X光
 * , 5A级).
 */
export const LETTER_TERMS = "股超光型级类档区座栋";

/**
 * Titles of real documents that are not in the phrase library but lie close to titles that are:
 * written as here they are right, not a misquote of their neighbour (组织工作条例 is not 党组工作条
 * 例).
 */
export const OTHER_DOCUMENT_TITLES: readonly string[] = [
  "中国共产党组织工作条例",
  "中国共产党机构编制工作条例",
  "中国共产党政法工作条例",
  "中国共产党统一战线工作条例",
  "中国共产党农村基层组织工作条例",
  "中国共产党国有企业基层组织工作条例（试行）",
  "中国共产党普通高等学校基层组织工作条例",
  "中国共产党纪律检查委员会工作条例",
  "中国共产党地方委员会工作条例",
  "中国共产党工作机关条例",
  "中国共产党党员权利保障条例",
  "中国共产党党内法规制定条例",
  "中国共产党党内法规执行责任制规定（试行）",
  "中国共产党章程（修正案）",
  "中国共产党党和国家机关基层组织工作条例释义",
  "中共中央关于全面推进依法治国若干重大问题的决定",
  "中共中央关于加强党的政治建设的意见",
  "关于建国以来党的若干历史问题的决议",
  "关于若干历史问题的决议",
  "中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议",
  "推进领导干部能上能下若干规定（试行）",
];
