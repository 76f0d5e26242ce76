/** Word lists the check rules read. */

/** What advertising pasted from material websites says, and a report never does. */
export const ADVERTISING_WORDS: readonly string[] = ["素材库", "加微信", "微信号", "下载全文", "全文下载", "版权所有"];

/**
 * Words advertising uses that reports use too (单位微信公众号, 客服中心, 工会会员, 扫码签到): they
 * count as advertising only in a short line of their own or beside other advertising.
 */
export const ADVERTISING_HINTS: readonly string[] = ["公众号", "客服", "会员", "扫码"];

/** How long a line may be and still read as an advertisement rather than report text. */
export const ADVERTISING_LINE_MAX = 40;

/** Measure words after which a lone x or × stands for a missing count (x次, ×人). */
export const COUNT_UNITS = "次个名人篇期项场条家份天批轮万元亿%余";

/** Characters after a capital letter that make it a real term, not a blank for a name (B超, A股, X光, 5A级). */
export const LETTER_TERMS = "股超光型级类档区座栋";
