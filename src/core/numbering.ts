import { fromChineseNumeral, toChineseNumeral } from "./numerals";

/** Heading numbers by level: 一、 → （一） → 1. → （1）. */
export type NumberLevel = 1 | 2 | 3 | 4;

export interface HeadingNumber {
  level: NumberLevel;
  value: number;
  /** The number as written, e.g. "（三）" or "3、". */
  prefix: string;
  /** Where the prefix starts: after any leading spaces. */
  start: number;
  /** The written form, to find mixed forms within one level: "一、" "（一）" "(一)" "1." "1、" "1．" "（1）" "(1)". */
  form: string;
}

const CN = "[一二三四五六七八九十]{1,3}";
const PATTERNS: ReadonlyArray<{ level: NumberLevel; re: RegExp; chinese: boolean; form: (m: RegExpExecArray) => string }> = [
  { level: 1, re: new RegExp(`^(${CN})(、)`), chinese: true, form: () => "一、" },
  { level: 2, re: new RegExp(`^([（(])(${CN})([）)])`), chinese: true, form: (m) => `${m[1]}一${m[3]}` },
  { level: 3, re: /^(\d{1,2})([.．、])(?!\d)/, chinese: false, form: (m) => `1${m[2]}` },
  { level: 4, re: /^([（(])(\d{1,2})([）)])/, chinese: false, form: (m) => `${m[1]}1${m[3]}` },
];

/** What a heading number can start with: most paragraphs are rejected on this alone. */
const FIRST_CHARS = "一二三四五六七八九十（(0123456789";
/** Leading spaces, and the paywall marker material websites glue to a heading, come before the number. */
const LEAD = /^(?:[\s\u3000]|##\s*paid(?:begin|end)\s*##)+/i;

/** The heading number a paragraph starts with, if any (leading spaces are not part of it). */
export function parseHeadingNumber(paragraph: string): HeadingNumber | undefined {
  const start = /^[\s#]/.test(paragraph) ? (LEAD.exec(paragraph)?.[0].length ?? 0) : 0;
  if (!FIRST_CHARS.includes(paragraph[start] ?? " ")) return undefined;
  const text = paragraph.slice(start);
  for (const { level, re, chinese, form } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const digits = level === 1 || level === 3 ? m[1]! : m[2]!;
    const value = chinese ? fromChineseNumeral(digits) : Number(digits);
    if (Number.isNaN(value) || value < 1) return undefined;
    return { level, value, prefix: m[0], start, form: form(m) };
  }
  return undefined;
}

/** The standard prefix for a number at a level. */
export function formatHeadingNumber(level: NumberLevel, value: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumeral(value)}、`;
    case 2:
      return `（${toChineseNumeral(value)}）`;
    case 3:
      return `${value}.`;
    case 4:
      return `（${value}）`;
  }
}

/** The same prefix in the form a document already uses at that level ("(二)" stays half-width). */
export function formatLike(existing: HeadingNumber, value: number): string {
  const standard = formatHeadingNumber(existing.level, value);
  switch (existing.form) {
    case "(一)":
      return `(${toChineseNumeral(value)})`;
    case "1、":
      return `${value}、`;
    case "1．":
      return `${value}．`;
    case "(1)":
      return `(${value})`;
    default:
      return standard;
  }
}
