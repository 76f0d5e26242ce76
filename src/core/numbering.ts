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
  /**
   * The written form, to find mixed forms within one level: "一、" "（一）" "(一)" "1." "1、" "1．"
   * "（1）" "(1)".
   */
  form: string;
  /** The number is Word's automatic list number (the paragraph's label), not in the text. */
  automatic?: boolean;
}

/**
 * Where a numbered paragraph's own words start in its text: after a typed number, at 0 after an
 * automatic one.
 */
export function textAfterNumber(number: HeadingNumber): number {
  return number.automatic ? 0 : number.start + number.prefix.length;
}

const CN = "[一二三四五六七八九十]{1,3}";
interface NumberPattern {
  level: NumberLevel;
  re: RegExp;
  chinese: boolean;
  form: (m: RegExpExecArray) => string;
}
const LEVEL_1: NumberPattern = {
  level: 1,
  re: new RegExp(`^(${CN})(、)`),
  chinese: true,
  form: () => "一、",
};
const LEVEL_2: NumberPattern = {
  level: 2,
  re: new RegExp(`^([（(])(${CN})([）)])`),
  chinese: true,
  form: (m) => `${m[1]}一${m[3]}`,
};
const LEVEL_4: NumberPattern = {
  level: 4,
  re: /^([（(])(\d{1,2})([）)])/,
  chinese: false,
  form: (m) => `${m[1]}1${m[3]}`,
};

const isDigit = (code: number) => code >= 48 && code <= 57;
const CHINESE_DIGITS = new Set([..."一二三四五六七八九十"].map((c) => c.charCodeAt(0)));

/**
 * The one pattern (一、 （一） （1）) a paragraph not starting with a digit can match, told by its
 * first characters.
 */
function patternFor(text: string, start: number): NumberPattern | undefined {
  const first = text.charCodeAt(start);
  if (CHINESE_DIGITS.has(first)) return LEVEL_1;
  if (first !== 0xff08 && first !== 0x28) return undefined; // （ (
  return isDigit(text.charCodeAt(start + 1)) ? LEVEL_4 : LEVEL_2;
}

/**
 * Leading spaces, and the paywall marker material websites glue to a heading, come before the
 * number.
 */
const LEAD = /^(?:[\s\u3000]|##\s*paid(?:begin|end)\s*##)+/i;

/** Whether a first character can be a space or the start of a marker (Chinese text never is). */
function mayHaveLead(code: number): boolean {
  return (
    code <= 35 ||
    code === 0xfeff ||
    (code >= 0x80 && code <= 0x3000 && /\s/.test(String.fromCharCode(code)))
  );
}

const ARABIC_FORMS: Record<number, string> = { 0x2e: "1.", 0xff0e: "1．", 0x3001: "1、" };

/**
 * 1. 12、 1． not followed by a digit, read by character code: by far the commonest number in
 * run-in items.
 */
function arabicNumber(text: string, start: number): HeadingNumber | undefined {
  let end = start + 1;
  if (isDigit(text.charCodeAt(end))) end++;
  const form = ARABIC_FORMS[text.charCodeAt(end)];
  if (!form || isDigit(text.charCodeAt(end + 1))) return undefined;
  const value = Number(text.slice(start, end));
  return value < 1
    ? undefined
    : { level: 3, value, prefix: text.slice(start, end + 1), start, form };
}

/** The heading number a paragraph starts with, if any (leading spaces are not part of it). */
export function parseHeadingNumber(paragraph: string): HeadingNumber | undefined {
  const start = mayHaveLead(paragraph.charCodeAt(0)) ? (LEAD.exec(paragraph)?.[0].length ?? 0) : 0;
  if (isDigit(paragraph.charCodeAt(start))) return arabicNumber(paragraph, start);
  const pattern = patternFor(paragraph, start);
  const m = pattern?.re.exec(start === 0 ? paragraph : paragraph.slice(start));
  if (!pattern || !m) return undefined;
  const { level, chinese, form } = pattern;
  const digits = level === 1 || level === 3 ? m[1]! : m[2]!;
  const value = chinese ? fromChineseNumeral(digits) : Number(digits);
  if (Number.isNaN(value) || value < 1) return undefined;
  return { level, value, prefix: m[0], start, form: form(m) };
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
