import { textAfterNumber } from "../../numbering";
import { say } from "../say";
import type { CheckContext, Finding, Rule, RuleForm } from "../types";
import { byDocumentOrder } from "../order";

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
/**
 * What may stand before a half-width mark that should be full-width: a Chinese character or a
 * closing mark.
 */
const BEFORE_MARK = /[\u4e00-\u9fff”）》]/;

/** Half-width marks, and half-width brackets and quotes. */
const HALF_WIDTH = /([,;:?!.])|([("])/g;
/** Quotes that simply alternate “…” “…”, as in nearly every paragraph that has any. */
const QUOTES_ALTERNATE = /^[^“”]*(?:“[^“”]*”[^“”]*)*$/;

/**
 * What the rule looks for besides doubled marks: half-width marks, brackets and quotes, and paired
 * marks.
 */
const FORMS: readonly RuleForm[] = [
  { pattern: "[,;:?!.]", example: "," },
  { pattern: '[("]', example: "(" },
  ...[["“", "”"] as const, ...OTHER_PAIRS].flatMap(([opener, closer]) => [
    { pattern: opener, example: opener },
    { pattern: closer, example: closer },
  ]),
];
/**
 * Latin and Chinese characters are looked for apart: one class of both runs several times slower.
 */
const HALF_WIDTH_MARK = /[,;:?!.("]/;
const PAIRED_MARK = /[“”（）《》【】‘’]/;

function issue(
  paragraph: number,
  start: number,
  text: string,
  message: string,
  fix?: string
): Finding {
  return {
    rule: punctuation.id,
    severity: punctuation.meta.severity,
    paragraph,
    start,
    end: start + text.length,
    text,
    message,
    ...(fix !== undefined ? { fix } : {}),
  };
}

/**
 * A half-width mark after Chinese text; a full stop only where it cannot be a decimal point, an
 * abbreviation or "...".
 */
function halfWidthMark(text: string, at: number, mark: string): boolean {
  const before = text[at - 1] ?? "";
  if (mark === ".") return HAN.test(before) && !/[\dA-Za-z.]/.test(text[at + 1] ?? "");
  return BEFORE_MARK.test(before);
}

/**
 * Opening marks with no closing mark in the same paragraph, and closing marks with no opening one,
 * of one kind.
 */
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

/** Unmatched marks of every kind: quotes only where they do not simply alternate. */
function unmatched(text: string, paragraph: number, found: Finding[]): void {
  if (!QUOTES_ALTERNATE.test(text)) unmatchedPair(text, paragraph, "“", "”", found);
  for (const [opener, closer] of OTHER_PAIRS) unmatchedPair(text, paragraph, opener, closer, found);
}

/**
 * Half-width marks, brackets and quotes from `from`, where the paragraph's text starts after its
 * heading number.
 */
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
            say(MESSAGES.halfWidthMark, { mark, wanted: FULL_WIDTH[mark]! }),
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
        say(MESSAGES.halfWidthPair, { what: halfOpen === "(" ? "括号" : "引号" }),
        fix
      )
    );
  }
}

/**
 * Half-width and unmatched marks in one paragraph, added to `found`; `from` is where its text
 * starts after its heading number.
 */
function checkParagraph(text: string, paragraph: number, from: number, found: Finding[]): void {
  halfWidth(text, paragraph, from, found);
  unmatched(text, paragraph, found);
}

const MESSAGES = {
  doubled: "标点“{{text}}”重复。",
  halfWidthMark: "中文里用了半角标点“{{mark}}”，应为“{{wanted}}”。",
  halfWidthPair: "中文里用了半角{{what}}，应为全角。",
  unopened: "“{{closer}}”前面缺少与之配对的“{{opener}}”。",
  unclosed: "“{{opener}}”后面缺少与之配对的“{{closer}}”。",
};

/** Where each heading's own text starts: after its number. */
function textStarts({ outline }: CheckContext): Map<number, number> {
  return new Map(
    outline.headings.flatMap(({ paragraph, number }) =>
      number ? [[paragraph, textAfterNumber(number)] as [number, number]] : []
    )
  );
}

/** Doubled marks, half-width marks in Chinese text, and unmatched quotes and brackets. */
export const punctuation: Rule = {
  id: "punctuation",
  meta: {
    title: "标点符号",
    kind: "content",
    severity: "warning",
    fixable: true,
    messages: MESSAGES,
    prefilter: (text) => HALF_WIDTH_MARK.test(text) || PAIRED_MARK.test(text),
    forms: FORMS,
    // Runs of ，、；：。 (…… and —— never match).
    watch: "[，、；：。]{2,}",
  },
  check: (context) => {
    const found = context.sightings
      .get(punctuation.id)!
      .map(({ paragraph, start, text }) =>
        issue(
          paragraph,
          start,
          text,
          say(MESSAGES.doubled, { text }),
          new Set(text).size === 1 ? text[0] : undefined
        )
      );
    const starts = textStarts(context);
    const { prefilter } = punctuation.meta;
    context.paragraphs.forEach(({ text }, paragraph) => {
      if (prefilter!(text)) checkParagraph(text, paragraph, starts.get(paragraph) ?? 0, found);
    });
    return found.sort(byDocumentOrder);
  },
};
