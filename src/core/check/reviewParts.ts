import type { OutlineHeading } from "../outline";
import { headingTitle } from "../outline";
import type { CheckContext } from "./types";

/** A part of a 对照检查材料: from its heading up to the next part, closing or signature. */
export interface PartSpan {
  /** The part's heading paragraph. */
  start: number;
  /** The first paragraph after the part. */
  end: number;
}

export function partSpan(context: CheckContext, id: string): PartSpan | undefined {
  const { sections, outline, paragraphs } = context;
  const start = sections.find((s) => s.id === id && s.status !== "missing")?.paragraph;
  if (start === undefined) return undefined;
  const after = [
    ...sections.filter((s) => s.id !== id).map((s) => s.paragraph),
    outline.closing,
    outline.signature,
  ].filter((p): p is number => p !== undefined && p > start);
  return { start, end: Math.min(paragraphs.length, ...after) };
}

/** A heading's words and where they start in the paragraph. */
export function titleOf(context: CheckContext, heading: OutlineHeading): string {
  return headingTitle(context.paragraphs[heading.paragraph]!.text, heading);
}

/**
 * The items of a part: its highest-level headings after the part's own heading (（一）（二）…), or,
 * when the part's own heading is one of the items (一、在……方面 with no heading above), those
 * headings with it.
 */
export function partItems(
  context: CheckContext,
  span: PartSpan,
  ownHeadingIsItem: boolean
): OutlineHeading[] {
  const inside = context.outline.headings.filter(
    (h) => h.paragraph > span.start && h.paragraph < span.end
  );
  const own = context.outline.headings.find((h) => h.paragraph === span.start);
  if (ownHeadingIsItem && own) return [own, ...inside.filter((h) => h.level === own.level)];
  const top = Math.min(...inside.map((h) => h.level));
  return inside.filter((h) => h.level === top);
}

/** 一是、二是…: enumerated items written in running text, counted by their markers. */
const ORDINAL = /(?:^|[。；：，\s])([一二三四五六七八九十]{1,2})是/g;

export function ordinalCount(context: CheckContext, span: PartSpan): number {
  const seen = new Set<string>();
  for (let i = span.start + 1; i < span.end; i++)
    for (const m of context.paragraphs[i]!.text.matchAll(ORDINAL)) seen.add(m[1]!);
  return seen.size;
}

/** Whether the part's own heading names one of the year's aspects rather than the part. */
export function headingIsAspect(context: CheckContext, span: PartSpan): boolean {
  const own = context.outline.headings.find((h) => h.paragraph === span.start);
  if (!own) return false;
  const title = titleOf(context, own);
  return (context.type.theme?.aspects ?? []).some((a) => a.words.some((w) => title.includes(w)));
}
