import { COUNT_UNITS, LETTER_TERMS } from "../../../content/checkWords";
import { matchAll } from "../match";
import type { Finding, Rule } from "../types";
import type { Unmasked } from "../unmask";
import { unmask } from "../unmask";

/**
 * Blanks writers leave: XX / XXX, x次 and ×次, asterisks, 某某, 〔\u3000〕, 20XX, 党的XX大,
 * and a lone capital letter between Chinese characters standing for a name (A新时代…).
 * English words and abbreviations are real text and never match. Each alternative starts with a
 * plain character so the scan stays fast; what must not stand before a match is checked after.
 */
const BLANK = new RegExp(
  [
    "党的[XxＸ×]{2}大",
    "20[XxＸ×]{2}",
    "[XＸ]{2,}(?![A-Za-z])",
    `[xX×ｘ](?=[${COUNT_UNITS}])`,
    "\\*+",
    "＊+",
    "某某+",
    "〔[\\s\\u3000]*〕",
    `[A-Z](?=[\\u4e00-\\u9fff”])(?![${LETTER_TERMS}])`,
  ].join("|"),
  "g"
);

/** What may not stand right before a blank of each kind: a Latin letter or digit makes it real text. */
function standsAlone(m: RegExpExecArray): boolean {
  const before = m.input[m.index - 1] ?? "";
  const first = m[0][0]!;
  if (first === "X" || first === "Ｘ" || first === "x" || first === "×" || first === "ｘ")
    return !/[A-Za-z0-9]/.test(before);
  if (/[A-Z]/.test(first) && m[0].length === 1) return /[\u4e00-\u9fff“]/.test(before);
  return true;
}

/** A finding made on the unmasked text, placed on the text as written. */
function asWritten(finding: Finding, written: string, unmasked: Unmasked): Finding {
  const start = unmasked.at[finding.start]!;
  const end = unmasked.at[finding.end - 1]! + 1;
  const text = written.slice(start, end);
  if (text === finding.text) return { ...finding, start, end };
  return {
    ...finding,
    start,
    end,
    text,
    message: `${finding.message.replace(/。$/, "")}（写法中夹有不显示的字符或形似 X 的外文字母）。`,
  };
}

export const placeholder: Rule = {
  id: "placeholder",
  title: "未填写的空白",
  severity: "error",
  parts: true,
  // Every blank holds a Latin letter, ×, * or one of ｘ Ｘ ＊ 某 〔 (or is disguised by what wide marks).
  check: ({ paragraphs, presence: { latin, wide } }) => {
    // Paragraphs with marks that show nothing or letters that look like X are read as they show.
    const unmasked = new Map<number, Unmasked>();
    for (let i = 0; i < paragraphs.length; i++) {
      const u = wide[i] ? unmask(paragraphs[i]!.text) : undefined;
      if (u) unmasked.set(i, u);
    }
    const texts =
      unmasked.size === 0
        ? paragraphs
        : paragraphs.map((p, i) => (unmasked.has(i) ? { text: unmasked.get(i)!.text } : p));
    const found = matchAll(
      placeholder,
      texts,
      (i) => (latin[i] || wide[i] ? BLANK : undefined),
      (m) => (standsAlone(m) ? { message: `“${m[0]}”是未填写的空白，请填入实际内容。` } : undefined)
    );
    return unmasked.size === 0
      ? found
      : found.map((f) =>
          unmasked.has(f.paragraph)
            ? asWritten(f, paragraphs[f.paragraph]!.text, unmasked.get(f.paragraph)!)
            : f
        );
  },
};
