/** Word lists the check rules read. */

/** What advertising pasted from material websites says: a report never does. */
export const ADVERTISING_WORDS: readonly string[] = ["会员", "素材库", "公众号", "客服", "加微信", "微信号", "扫码", "下载全文", "全文下载", "版权所有"];

/** Measure words after which a lone x or × stands for a missing count (x次, ×人). */
export const COUNT_UNITS = "次个名人篇期项场条家份天批轮万元亿%余";

/** Characters after a capital letter that make it a real term, not a blank for a name (B超, A股, X光, 5A级). */
export const LETTER_TERMS = "股超光型级类档区座栋";
