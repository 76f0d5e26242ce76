import type { Finding } from "./check/types";
import { characterCount } from "./characterCount";
import type { DocParagraph } from "./document";
import type { NumberLevel } from "./numbering";
import { bodyLength, buildOutline, headingTitle } from "./outline";

/**
 * One heading of the report as an outline shows it: where it is, its 字数 and how many findings lie
 * in it.
 */
export interface OutlineEntry {
  paragraph: number;
  level: NumberLevel;
  /** The heading's number and words (a run-in heading's up to its first 。). */
  text: string;
  /**
   * 字数 from the heading to the next heading of the same or a higher level, the heading included.
   */
  characters: number;
  findings: number;
}

/**
 * The report's headings (一、 （一） 1. and Word's heading styles), each with its part's 字数 and
 * findings.
 */
export function outlineSummary(
  paragraphs: readonly DocParagraph[],
  findings: readonly Finding[]
): OutlineEntry[] {
  const body = paragraphs.slice(0, bodyLength(paragraphs));
  const headings = buildOutline(body).headings;
  return headings.map((heading, i) => {
    const next = headings.slice(i + 1).find((h) => h.level <= heading.level);
    const end = next?.paragraph ?? body.length;
    const inside = (p: number) => p >= heading.paragraph && p < end;
    return {
      paragraph: heading.paragraph,
      level: heading.level,
      text: heading.number
        ? `${heading.number.prefix}${headingTitle(body[heading.paragraph]!.text, heading)}`
        : body[heading.paragraph]!.text.trim(),
      characters: characterCount(body.slice(heading.paragraph, end)),
      findings: findings.filter((f) => !f.part && inside(f.paragraph)).length,
    };
  });
}
