import type { DocParagraph } from "./document";

/**
 * 字数 as Word counts it without spaces: the body's characters, spaces (half- and full-width) not
 * counted; headers and notes left out.
 */
export function characterCount(paragraphs: readonly DocParagraph[]): number {
  return paragraphs.reduce((n, p) => (p.part ? n : n + p.text.replace(/\s/g, "").length), 0);
}
