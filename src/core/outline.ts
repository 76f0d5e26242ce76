import type { DocParagraph } from "./document";
import type { HeadingNumber, NumberLevel } from "./numbering";
import { parseHeadingNumber, textAfterNumber } from "./numbering";

export interface OutlineHeading {
  paragraph: number;
  level: NumberLevel;
  /** Undefined for a heading known only by its Word style or outline level. */
  number?: HeadingNumber;
}

export interface Outline {
  title?: number;
  addressee?: number;
  opening?: number;
  headings: OutlineHeading[];
  closing?: number;
  /** First paragraph of the signature block: the date at the end, with the unit's name above it. */
  signature?: number;
}

const TITLE_WORDS = /总结|报告|打算|述职|情况|计划|对照检查|检视剖析/;
const CLOSING = /^(专此|特此)报告[。.]?$/;
/** A date line: 2025年12月20日 or 二〇二五年十二月二十日. */
const DATE =
  /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$/;
/** What a unit's name in a signature never ends with: sentence punctuation. */
const SENTENCE_END = /[。；：，！？.;:,!?]$/;

/** Whether a text has anything but spaces; most paragraphs are told by their first character. */
function hasText(text: string): boolean {
  const first = text.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first > 0x3000 && first !== 0xfeff)) return true;
  return text.trim() !== "";
}

/**
 * A heading number Word adds by itself (the 编号 button, a multilevel list): read from the label,
 * located nowhere in the text.
 */
function automaticNumber(p: DocParagraph): HeadingNumber | undefined {
  if (!p.label || !hasText(p.text)) return undefined;
  const number = parseHeadingNumber(p.label.trim());
  return number && number.prefix.length === p.label.trim().length
    ? { ...number, start: 0, automatic: true }
    : undefined;
}

/** A paragraph's heading: by its number (一、（一）1.（1）) first, then by Word's heading level. */
export function headingOf(p: DocParagraph, index: number): OutlineHeading | undefined {
  if (p.inTable || p.part) return undefined;
  const number = automaticNumber(p) ?? parseHeadingNumber(p.text);
  if (number) return { paragraph: index, level: number.level, number };
  if (p.level > 0 && hasText(p.text)) return { paragraph: index, level: p.level as NumberLevel };
  return undefined;
}

/** A heading's words: after the number, up to the first 。 or ； of a run-in heading. */
export function headingTitle(text: string, heading: OutlineHeading): string {
  const { number } = heading;
  if (!number) return text.trim();
  const rest = text.slice(textAfterNumber(number)).trim();
  const stop = rest.indexOf("。");
  const words = stop === -1 ? rest : rest.slice(0, stop);
  const semicolon = words.indexOf("；");
  return semicolon === -1 ? words : words.slice(0, semicolon);
}

/**
 * Where the signature starts: the last line when it is a date, or the short unit line above that
 * date.
 */
function signatureStart(paragraphs: readonly DocParagraph[], outline: Outline): number | undefined {
  const previousWithText = (from: number) => {
    for (let i = from; i >= 0; i--) if (hasText(paragraphs[i]!.text)) return i;
    return -1;
  };
  const date = previousWithText(paragraphs.length - 1);
  if (date <= 0 || !DATE.test(paragraphs[date]!.text.trim())) return undefined;
  const unit = previousWithText(date - 1);
  const unitText = unit === -1 ? "" : paragraphs[unit]!.text.trim();
  const isUnit =
    unit > 0 &&
    unit !== outline.closing &&
    unitText.length <= 30 &&
    !SENTENCE_END.test(unitText) &&
    !outline.headings.some((h) => h.paragraph === unit);
  return isUnit ? unit : date;
}

/** How many paragraphs belong to the body: headers, footers and notes come after it. */
export function bodyLength(paragraphs: readonly DocParagraph[]): number {
  let end = paragraphs.length;
  while (end > 0 && paragraphs[end - 1]!.part) end--;
  return end;
}

/**
 * The outline of a report from its paragraphs, styled or plain; headers, footers and notes have no
 * part in it.
 */
export function buildOutline(all: readonly DocParagraph[]): Outline {
  const paragraphs =
    all.length > 0 && all[all.length - 1]!.part ? all.slice(0, bodyLength(all)) : all;
  const outline: Outline = { headings: [] };
  let first = -1;
  let second = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (!hasText(p.text)) continue;
    if (first === -1) first = i;
    else if (second === -1) second = i;
    const heading = headingOf(p, i);
    if (heading) outline.headings.push(heading);
    if (p.text.length <= 40 && CLOSING.test(p.text.trim())) outline.closing = i;
  }
  const text = (i: number) => (i === -1 ? "" : paragraphs[i]!.text.trim());
  const isAddressee = (t: string) => /[：:]$/.test(t) && t.length <= 30;
  if (first !== -1 && isAddressee(text(first))) outline.addressee = first;
  else if (
    first !== -1 &&
    text(first).length <= 60 &&
    TITLE_WORDS.test(text(first)) &&
    !SENTENCE_END.test(text(first)) &&
    !parseHeadingNumber(text(first))
  ) {
    outline.title = first;
    if (second !== -1 && isAddressee(text(second))) outline.addressee = second;
  }
  const signature = signatureStart(paragraphs, outline);
  if (signature !== undefined) outline.signature = signature;
  const afterTop = Math.max(outline.title ?? -1, outline.addressee ?? -1);
  const firstHeading = outline.headings[0]?.paragraph ?? paragraphs.length;
  for (let i = afterTop + 1; i < firstHeading; i++) {
    if (hasText(paragraphs[i]!.text)) {
      outline.opening = i;
      break;
    }
  }
  return outline;
}
