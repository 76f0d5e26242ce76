import { COUNT_UNITS, LETTER_TERMS } from "../../../content/checkWords";
import { matchAll } from "../match";
import { say } from "../say";
import type { Finding, Rule, RuleForm } from "../types";
import type { Unmasked } from "../unmask";
import { unmask } from "../unmask";

/**
 * Blanks writers leave: XX / XXX, x次 and ×次, asterisks, 某某, 〔\u3000〕, 20XX, 党的XX大,
 * and a lone capital letter between Chinese characters standing for a name (A新时代…).
 * English words and abbreviations are real text and never match. What must not stand before a
 * match is checked after.
 */
const FORMS: readonly RuleForm[] = [
  { pattern: "党的[XxＸ×]{2}大", example: "党的XX大" },
  { pattern: "20[XxＸ×]{2}", example: "20XX" },
  { pattern: "[XＸ]{2,}(?![A-Za-z])", example: "ＸＸ" },
  { pattern: `[xX×ｘ](?=[${COUNT_UNITS}])`, example: "×次" },
  { pattern: "\\*+", example: "**" },
  { pattern: "＊+", example: "＊＊" },
  { pattern: "某某+", example: "某某" },
  { pattern: "〔[\\s\\u3000]*〕", example: "〔\u3000〕" },
  { pattern: `[A-Z](?=[\\u4e00-\\u9fff”])(?![${LETTER_TERMS}])`, example: "A新" },
];
const BLANK = new RegExp(FORMS.map((f) => f.pattern).join("|"), "g");
/**
 * Every blank holds one of these, once marks that show nothing are taken out and letters that look
 * like X read as X (see unmask.ts). Latin and Chinese characters are looked for apart: one class
 * of both runs several times slower.
 */
const LATIN_IN_BLANK = /[A-Zx*\u00d7]/;
const WIDE_IN_BLANK = /[ｘＸ＊某〔ХхΧχ]/;

/**
 * What may not stand right before a blank of each kind: a Latin letter or digit makes it real text.
 */
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
    message: say(placeholder.meta.messages.disguised!, {
      message: finding.message.replace(/。$/, ""),
    }),
  };
}

export const placeholder: Rule = {
  id: "placeholder",
  meta: {
    title: "未填写的空白",
    kind: "content",
    severity: "error",
    fixable: false,
    remedy: "fill",
    messages: {
      blank: "“{{text}}”是未填写的空白，请填入实际内容。",
      disguised: "{{message}}（写法中夹有不显示的字符或形似 X 的外文字母）。",
    },
    prefilter: (text) => LATIN_IN_BLANK.test(text) || WIDE_IN_BLANK.test(text),
    forms: FORMS,
    parts: true,
  },
  check: ({ paragraphs }) => {
    const { prefilter, messages } = placeholder.meta;
    const candidate = paragraphs.map(({ text }) => prefilter!(text));
    // Paragraphs with marks that show nothing or letters that look like X are read as they show.
    const unmasked = new Map<number, Unmasked>();
    for (let i = 0; i < paragraphs.length; i++) {
      const u = candidate[i] ? unmask(paragraphs[i]!.text) : undefined;
      if (u) unmasked.set(i, u);
    }
    const texts =
      unmasked.size === 0
        ? paragraphs
        : paragraphs.map((p, i) => (unmasked.has(i) ? { text: unmasked.get(i)!.text } : p));
    const found = matchAll(
      placeholder,
      texts,
      (i) => (candidate[i] ? BLANK : undefined),
      (m) => (standsAlone(m) ? { message: say(messages.blank!, { text: m[0] }) } : undefined)
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
