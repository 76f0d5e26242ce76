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

function trimmed(p: DocParagraph | undefined): string {
  return (p?.text ?? "").replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

/** A paragraph's heading: by its number (一、（一）1.（1）) first, then by Word's heading level. */
export function headingOf(p: DocParagraph, index: number): OutlineHeading | undefined {
  if (p.inTable) return undefined;
  const number = parseHeadingNumber(p.text);
  const text = trimmed(p);
  if (number) {
    const rest = p.text.slice(number.start + number.prefix.length).trimEnd();
    const stop = rest.search(/[。；]/);
    return { paragraph: index, level: number.level, number, title: stop === -1 ? rest : rest.slice(0, stop) };
  }
  if (p.level > 0 && text) return { paragraph: index, level: p.level as NumberLevel, title: text };
  return undefined;
}

/** The outline of a report from its paragraphs, styled or plain. */
export function buildOutline(paragraphs: readonly DocParagraph[]): Outline {
  const outline: Outline = { headings: [] };
  const nonEmpty = paragraphs.map((p, i) => [trimmed(p), i] as const).filter(([t]) => t !== "");
  const [first, second] = nonEmpty;
  if (first && /[：:]$/.test(first[0]) && first[0].length <= 30) outline.addressee = first[1];
  else if (first && first[0].length <= 60 && TITLE_WORDS.test(first[0]) && !parseHeadingNumber(first[0])) {
    outline.title = first[1];
    if (second && /[：:]$/.test(second[0]) && second[0].length <= 30) outline.addressee = second[1];
  }
  paragraphs.forEach((p, i) => {
    const heading = headingOf(p, i);
    if (heading) outline.headings.push(heading);
    if (CLOSING.test(trimmed(p))) outline.closing = i;
  });
  const afterTop = Math.max(outline.title ?? -1, outline.addressee ?? -1);
  const firstHeading = outline.headings[0]?.paragraph ?? paragraphs.length;
  const opening = nonEmpty.find(([, i]) => i > afterTop && i < firstHeading);
  if (opening) outline.opening = opening[1];
  return outline;
}
