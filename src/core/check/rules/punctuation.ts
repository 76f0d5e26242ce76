import { parseHeadingNumber } from "../../numbering";
import type { Finding, Rule } from "../types";

const HAN = "\\u4e00-\\u9fff";
const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。" };

/** Two or more of ，、；：。 in a row (…… and —— are real punctuation and never match). */
const DOUBLED = /[，、；：。]{2,}/g;
/** A half-width mark after a Chinese character, not inside a number or a Latin word. */
const HALF_WIDTH = new RegExp(`(?<=[${HAN}”）》])[,;:?!]|(?<=[${HAN}])\\.(?![\\dA-Za-z.])`, "g");
/** Chinese text in half-width brackets or quotes. */
const HALF_PAIR = new RegExp(`\\(([^()]*[${HAN}][^()]*)\\)|"([^"]*[${HAN}][^"]*)"`, "g");
const PAIRS: Record<string, string> = { "“": "”", "（": "）", "《": "》", "【": "】", "‘": "’" };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

function doubled(text: string, paragraph: number): Finding[] {
  return [...text.matchAll(DOUBLED)].map((m) => {
    const same = new Set(m[0]).size === 1;
    return issue(paragraph, m.index!, m[0], `标点“${m[0]}”重复。`, same ? m[0][0] : undefined);
  });
}

function halfWidth(text: string, paragraph: number, from: number): Finding[] {
  const marks = [...text.matchAll(HALF_WIDTH)].filter((m) => m.index! >= from).map((m) => issue(paragraph, m.index!, m[0], `中文里用了半角标点“${m[0]}”，应为“${FULL_WIDTH[m[0]]}”。`, FULL_WIDTH[m[0]]));
  const pairs = [...text.matchAll(HALF_PAIR)]
    .filter((m) => m.index! >= from)
    .map((m) => {
      const fix = m[1] !== undefined ? `（${m[1]}）` : `“${m[2]}”`;
      return issue(paragraph, m.index!, m[0], `中文里用了半角${m[1] !== undefined ? "括号" : "引号"}，应为全角。`, fix);
    });
  return [...marks, ...pairs];
}

/** Opening marks with no closing mark in the same paragraph, and closing marks with no opening one. */
function unmatched(text: string, paragraph: number): Finding[] {
  const open: Array<{ mark: string; at: number }> = [];
  const found: Finding[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (PAIRS[ch]) open.push({ mark: ch, at: i });
    const opener = CLOSERS.get(ch);
    if (opener === undefined) continue;
    const index = open.map((o) => o.mark).lastIndexOf(opener);
    if (index === -1) found.push(issue(paragraph, i, ch, `“${ch}”前面缺少与之配对的“${opener}”。`));
    else open.splice(index, 1);
  }
  for (const { mark, at } of open) found.push(issue(paragraph, at, mark, `“${mark}”后面缺少与之配对的“${PAIRS[mark]}”。`));
  return found;
}

function issue(paragraph: number, start: number, text: string, message: string, fix?: string): Finding {
  return { rule: punctuation.id, severity: punctuation.severity, paragraph, start, end: start + text.length, text, message, ...(fix !== undefined ? { fix } : {}) };
}

/** Doubled marks, half-width marks in Chinese text, and unmatched quotes and brackets. */
export const punctuation: Rule = {
  id: "punctuation",
  title: "标点符号",
  severity: "warning",
  check: ({ paragraphs }) =>
    paragraphs.flatMap((p, paragraph) => {
      if (!/[，。、；：！？“”‘’（）《》【】,;:?!.()"]/.test(p.text)) return [];
      const number = parseHeadingNumber(p.text);
      const afterNumber = number ? number.start + number.prefix.length : 0;
      return [...doubled(p.text, paragraph), ...halfWidth(p.text, paragraph, afterNumber), ...unmatched(p.text, paragraph)].sort((a, b) => a.start - b.start);
    }),
};
