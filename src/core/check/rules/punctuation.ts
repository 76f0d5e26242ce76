import type { Finding, Rule } from "../types";

const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。" };
const PAIRS: Record<string, string> = { "“": "”", "（": "）", "《": "》", "【": "】", "‘": "’" };
const PAIR_LIST = Object.entries(PAIRS);
const HAN = /[\u4e00-\u9fff]/;
/** What may stand before a half-width mark that should be full-width: a Chinese character or a closing mark. */
const BEFORE_MARK = /[\u4e00-\u9fff”）》]/;

/**
 * One pass finds every candidate: runs of ，、；：。 (…… and —— never match), half-width marks,
 * half-width brackets and quotes, and the rarer full-width pairs; the checks below decide which are findings.
 */
const SCAN = /([，、；：。]{2,})|([,;:?!.])|([("])|[（）《》【】‘’]/g;

function issue(paragraph: number, start: number, text: string, message: string, fix?: string): Finding {
  return { rule: punctuation.id, severity: punctuation.severity, paragraph, start, end: start + text.length, text, message, ...(fix !== undefined ? { fix } : {}) };
}

/** A half-width mark after Chinese text; a full stop only where it cannot be a decimal point, an abbreviation or "...". */
function halfWidthMark(text: string, at: number, mark: string): boolean {
  const before = text[at - 1] ?? "";
  if (mark === ".") return HAN.test(before) && !/[\dA-Za-z.]/.test(text[at + 1] ?? "");
  return BEFORE_MARK.test(before);
}

/**
 * Opening marks with no closing mark in the same paragraph, and closing marks with no opening one, kind by kind.
 * Quotes are in almost every paragraph; the other pairs only where the scan saw one (`others`).
 */
function unmatched(text: string, paragraph: number, others: boolean, found: Finding[]): void {
  for (const [opener, closer] of PAIR_LIST) {
    if (opener !== "“" && !others) continue;
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
    for (const at of unopened) found.push(issue(paragraph, at, closer, `“${closer}”前面缺少与之配对的“${opener}”。`));
    for (const at of unclosed) found.push(issue(paragraph, at, opener, `“${opener}”后面缺少与之配对的“${closer}”。`));
  }
}

/** Findings in one paragraph, added to `found`; `from` is where its text starts after a heading number. */
function checkParagraph(text: string, paragraph: number, from: number, found: Finding[]): void {
  const before = found.length;
  let others = false;
  SCAN.lastIndex = from;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    const at = m.index;
    const [, doubled, mark, halfOpen] = m;
    if (doubled) {
      found.push(issue(paragraph, at, doubled, `标点“${doubled}”重复。`, new Set(doubled).size === 1 ? doubled[0] : undefined));
    } else if (mark) {
      if (halfWidthMark(text, at, mark)) found.push(issue(paragraph, at, mark, `中文里用了半角标点“${mark}”，应为“${FULL_WIDTH[mark]}”。`, FULL_WIDTH[mark]));
    } else if (halfOpen) {
      const close = text.indexOf(halfOpen === "(" ? ")" : '"', at + 1);
      const inner = close === -1 ? "" : text.slice(at + 1, close);
      if (close === -1 || (halfOpen === "(" && inner.includes("("))) continue;
      SCAN.lastIndex = close + 1;
      if (!HAN.test(inner)) continue;
      const fix = halfOpen === "(" ? `（${inner}）` : `“${inner}”`;
      found.push(issue(paragraph, at, text.slice(at, close + 1), `中文里用了半角${halfOpen === "(" ? "括号" : "引号"}，应为全角。`, fix));
    } else {
      others = true;
    }
  }
  unmatched(text, paragraph, others || /[（）《》【】‘’]/.test(text.slice(0, from)), found);
  if (found.length - before > 1) found.splice(before, found.length - before, ...found.slice(before).sort((a, b) => a.start - b.start));
}

/** Doubled marks, half-width marks in Chinese text, and unmatched quotes and brackets. */
export const punctuation: Rule = {
  id: "punctuation",
  title: "标点符号",
  severity: "warning",
  check: ({ paragraphs, outline }) => {
    const numberEnd = new Map(outline.headings.filter((h) => h.number).map((h) => [h.paragraph, h.number!.start + h.number!.prefix.length]));
    const found: Finding[] = [];
    paragraphs.forEach((p, paragraph) => checkParagraph(p.text, paragraph, numberEnd.get(paragraph) ?? 0, found));
    return found;
  },
};
