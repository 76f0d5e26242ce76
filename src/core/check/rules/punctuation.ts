import type { CheckContext, Finding, Rule } from "../types";
import { inDocumentOrder } from "../order";

const FULL_WIDTH: Record<string, string> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
  ".": "。",
};
/** Paired marks other than “”. */
const OTHER_PAIRS: ReadonlyArray<[string, string]> = [
  ["（", "）"],
  ["《", "》"],
  ["【", "】"],
  ["‘", "’"],
];
const HAN = /[\u4e00-\u9fff]/;
/** What may stand before a half-width mark that should be full-width: a Chinese character or a closing mark. */
const BEFORE_MARK = /[\u4e00-\u9fff”）》]/;

/** Half-width marks, and half-width brackets and quotes: looked for only in paragraphs with Latin characters. */
const HALF_WIDTH = /([,;:?!.])|([("])/g;

function issue(
  paragraph: number,
  start: number,
  text: string,
  message: string,
  fix?: string
): Finding {
  return {
    rule: punctuation.id,
    severity: punctuation.severity,
    paragraph,
    start,
    end: start + text.length,
    text,
    message,
    ...(fix !== undefined ? { fix } : {}),
  };
}

/** A half-width mark after Chinese text; a full stop only where it cannot be a decimal point, an abbreviation or "...". */
function halfWidthMark(text: string, at: number, mark: string): boolean {
  const before = text[at - 1] ?? "";
  if (mark === ".") return HAN.test(before) && !/[\dA-Za-z.]/.test(text[at + 1] ?? "");
  return BEFORE_MARK.test(before);
}

/** Opening marks with no closing mark in the same paragraph, and closing marks with no opening one, of one kind. */
function unmatchedPair(
  text: string,
  paragraph: number,
  opener: string,
  closer: string,
  found: Finding[]
): void {
  let open = text.indexOf(opener);
  let close = text.indexOf(closer);
  const unopened: number[] = [];
  const unclosed: number[] = [];
  while (open !== -1 || close !== -1) {
    if (close === -1 || (open !== -1 && open < close)) {
      unclosed.push(open);
      open = text.indexOf(opener, open + 1);
    } else {
      if (unclosed.length > 0) unclosed.pop();
      else unopened.push(close);
      close = text.indexOf(closer, close + 1);
    }
  }
  for (const at of unopened)
    found.push(issue(paragraph, at, closer, `“${closer}”前面缺少与之配对的“${opener}”。`));
  for (const at of unclosed)
    found.push(issue(paragraph, at, opener, `“${opener}”后面缺少与之配对的“${closer}”。`));
}

/**
 * Unmatched marks of every kind, where the shared pass saw quotes out of order (`quotes`) or
 * one of the other paired marks (`others`).
 */
function unmatched(
  text: string,
  paragraph: number,
  quotes: boolean,
  others: boolean,
  found: Finding[]
): void {
  if (quotes) unmatchedPair(text, paragraph, "“", "”", found);
  if (!others) return;
  for (const [opener, closer] of OTHER_PAIRS) unmatchedPair(text, paragraph, opener, closer, found);
}

/** Half-width marks, brackets and quotes from `from`, where the paragraph's text starts after its heading number. */
function halfWidth(text: string, paragraph: number, from: number, found: Finding[]): void {
  HALF_WIDTH.lastIndex = from;
  for (let m = HALF_WIDTH.exec(text); m; m = HALF_WIDTH.exec(text)) {
    const at = m.index;
    const [, mark, halfOpen] = m;
    if (mark) {
      if (halfWidthMark(text, at, mark))
        found.push(
          issue(
            paragraph,
            at,
            mark,
            `中文里用了半角标点“${mark}”，应为“${FULL_WIDTH[mark]}”。`,
            FULL_WIDTH[mark]
          )
        );
      continue;
    }
    const close = text.indexOf(halfOpen === "(" ? ")" : '"', at + 1);
    const inner = close === -1 ? "" : text.slice(at + 1, close);
    if (close === -1 || (halfOpen === "(" && inner.includes("("))) continue;
    HALF_WIDTH.lastIndex = close + 1;
    if (!HAN.test(inner)) continue;
    const fix = halfOpen === "(" ? `（${inner}）` : `“${inner}”`;
    found.push(
      issue(
        paragraph,
        at,
        text.slice(at, close + 1),
        `中文里用了半角${halfOpen === "(" ? "括号" : "引号"}，应为全角。`,
        fix
      )
    );
  }
}

/** Half-width and unmatched marks in one paragraph, added to `found`. */
function checkParagraph(context: CheckContext, paragraph: number, found: Finding[]): void {
  const text = context.paragraphs[paragraph]!.text;
  const { latin, wide, unevenQuotes, textStart } = context.presence;
  if (latin[paragraph]) halfWidth(text, paragraph, textStart[paragraph]!, found);
  unmatched(text, paragraph, unevenQuotes[paragraph] === 1, wide[paragraph] === 1, found);
}

/** Doubled marks, half-width marks in Chinese text, and unmatched quotes and brackets. */
export const punctuation: Rule = {
  id: "punctuation",
  title: "标点符号",
  severity: "warning",
  // Runs of ，、；：。 (…… and —— never match).
  watch: "[，、；：。]{2,}",
  check: (context) => {
    const found = context.sightings
      .get(punctuation.id)!
      .map(({ paragraph, start, text }) =>
        issue(
          paragraph,
          start,
          text,
          `标点“${text}”重复。`,
          new Set(text).size === 1 ? text[0] : undefined
        )
      );
    for (let paragraph = 0; paragraph < context.paragraphs.length; paragraph++)
      checkParagraph(context, paragraph, found);
    return found.sort(inDocumentOrder);
  },
};
