import type { MarkPlace } from "../docx/places";
import { placeAfter, placeBefore } from "../docx/places";
import type { ParagraphSource } from "../docx/source";

/**
 * Where a comment on characters start..end of the paragraph begins and ends; a point when they are
 * equal.
 */
export function commentPlaces(
  xml: string,
  source: ParagraphSource,
  start: number,
  end: number
): [MarkPlace, MarkPlace] | undefined {
  if (start === end) {
    const point = start > 0 ? placeAfter(xml, source, start) : placeBefore(xml, source, 0);
    return point && [point, point];
  }
  const [from, to] = [placeBefore(xml, source, start), placeAfter(xml, source, end)];
  return from && to && [from, to];
}
