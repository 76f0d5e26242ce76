import type { TextEdit } from "../document";
import { kindOf } from "./rules";
import type { Finding } from "./types";

/**
 * The fixes of these findings that can be made in one step: each finding's own fix, in document
 * order, leaving out a fix whose text overlaps one already taken (the later one is checked again
 * after the first is made). Layout findings are settled by 一键排版, not here.
 */
export function fixesTogether(findings: readonly Finding[]): TextEdit[] {
  const fixable = findings
    .filter((f) => f.fix !== undefined && kindOf(f) !== "layout" && f.end > f.start)
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const edits: TextEdit[] = [];
  for (const f of fixable) {
    const last = edits[edits.length - 1];
    if (last && last.paragraph === f.paragraph && f.start < last.end) continue;
    edits.push({
      paragraph: f.paragraph,
      start: f.start,
      end: f.end,
      expected: f.text,
      text: f.fix!,
    });
  }
  return edits;
}

/**
 * The findings on the text in the order they stand in the document: the body, then headers,
 * footers and notes (read after it). A missing section stands where it would be inserted.
 */
export function textFindingsInOrder(findings: readonly Finding[]): Finding[] {
  return findings
    .filter((f) => kindOf(f) !== "layout")
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
