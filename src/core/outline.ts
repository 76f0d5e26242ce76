import type { DocParagraph } from "./document";
import type { HeadingNumber, NumberLevel } from "./numbering";
import { parseHeadingNumber } from "./numbering";

export interface OutlineHeading {
  paragraph: number;
  level: NumberLevel;
  /** Undefined for a heading known only by its Word style or outline level. */
  number?: HeadingNumber;
  /** The heading's words: after the number, up to the first full stop of a run-in heading. */
  title: string;
}

export interface Outline {
  title?: number;
  addressee?: number;
  opening?: number;
  headings: OutlineHeading[];
  closing?: number;
}

const TITLE_WORDS = /总结|报告|打算|述职|情况|计划/;
const CLOSING = /^(专此|特此)报告[。.]?$/;

/** Without leading and trailing spaces; trim() covers the ideographic space U+3000. */
function trimmed(p: DocParagraph | undefined): string {
  return (p?.text ?? "").trim();
}

/** Where a run-in heading's words end: its first 。 or ；, else the end. */
function firstStop(text: string): number {
  const stop = text.indexOf("。");
  const upTo = stop === -1 ? text.length : stop;
  const semicolon = text.slice(0, upTo).indexOf("；");
  return semicolon === -1 ? upTo : semicolon;
}

/** A paragraph's heading: by its number (一、（一）1.（1）) first, then by Word's heading level. */
export function headingOf(p: DocParagraph, index: number): OutlineHeading | undefined {
  if (p.inTable) return undefined;
  const number = parseHeadingNumber(p.text);
  if (number) {
    const rest = p.text.slice(number.start + number.prefix.length).trimEnd();
    return { paragraph: index, level: number.level, number, title: rest.slice(0, firstStop(rest)) };
  }
  const text = p.level > 0 ? trimmed(p) : "";
  if (text) return { paragraph: index, level: p.level as NumberLevel, title: text };
  return undefined;
}

/** The outline of a report from its paragraphs, styled or plain. */
export function buildOutline(paragraphs: readonly DocParagraph[]): Outline {
  const outline: Outline = { headings: [] };
  const nonEmpty: Array<{ text: string; index: number }> = [];
  paragraphs.forEach((p, i) => {
    const text = trimmed(p);
    if (text === "") return;
    nonEmpty.push({ text, index: i });
    const heading = headingOf(p, i);
    if (heading) outline.headings.push(heading);
    if (text.length <= 6 && CLOSING.test(text)) outline.closing = i;
  });
  const [first, second] = nonEmpty;
  const isAddressee = (t: string) => /[：:]$/.test(t) && t.length <= 30;
  if (first && isAddressee(first.text)) outline.addressee = first.index;
  else if (first && first.text.length <= 60 && TITLE_WORDS.test(first.text) && !parseHeadingNumber(first.text)) {
    outline.title = first.index;
    if (second && isAddressee(second.text)) outline.addressee = second.index;
  }
  const afterTop = Math.max(outline.title ?? -1, outline.addressee ?? -1);
  const firstHeading = outline.headings[0]?.paragraph ?? paragraphs.length;
  const opening = nonEmpty.find(({ index }) => index > afterTop && index < firstHeading);
  if (opening) outline.opening = opening.index;
  return outline;
}
