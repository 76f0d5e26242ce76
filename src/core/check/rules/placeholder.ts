import { COUNT_UNITS, LETTER_TERMS } from "../../../content/checkWords";
import { matchAll } from "../match";
import type { Rule } from "../types";

/**
 * Blanks writers leave: XX / XXX, x次 and ×次, asterisks, 某某, 〔\u3000〕, 20XX, 党的XX大,
 * and a lone capital letter between Chinese characters standing for a name (A新时代…).
 * English words and abbreviations are real text and never match. Each alternative starts with a
 * plain character so the scan stays fast; what must not stand before a match is checked after.
 */
const BLANK = new RegExp(
  ["党的[XxＸ×]{2}大", "20[XxＸ×]{2}", "[XＸ]{2,}(?![A-Za-z])", `[xX×ｘ](?=[${COUNT_UNITS}])`, "\\*+", "＊+", "某某+", "〔[\\s\\u3000]*〕", `[A-Z](?=[\\u4e00-\\u9fff”])(?![${LETTER_TERMS}])`].join("|"),
  "g",
);

/** What may not stand right before a blank of each kind: a Latin letter or digit makes it real text. */
function standsAlone(m: RegExpExecArray): boolean {
  const before = m.input[m.index - 1] ?? "";
  const first = m[0][0]!;
  if (first === "X" || first === "Ｘ" || first === "x" || first === "×" || first === "ｘ") return !/[A-Za-z0-9]/.test(before);
  if (/[A-Z]/.test(first) && m[0].length === 1) return /[\u4e00-\u9fff“]/.test(before);
  return true;
}

export const placeholder: Rule = {
  id: "placeholder",
  title: "未填写的空白",
  severity: "error",
  parts: true,
  // Every blank holds a Latin letter, ×, * or one of ｘ Ｘ ＊ 某 〔.
  check: ({ paragraphs, presence: { latin, wide } }) => matchAll(placeholder, paragraphs, (i) => (latin[i] || wide[i] ? BLANK : undefined), (m) => (standsAlone(m) ? { message: `“${m[0]}”是未填写的空白，请填入实际内容。` } : undefined)),
};
