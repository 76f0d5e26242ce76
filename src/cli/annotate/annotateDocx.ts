import { commentText } from "../../core/check/comment";
import type { Finding } from "../../core/check/types";
import type { DocParagraph } from "../../core/document";
import type { ParagraphSource } from "../docx/source";
import type { DocxSource } from "../readDocx";
import { writeZip } from "../docx/writePackage";
import { tagEnd } from "../docx/xml";
import type { MarkPlace } from "../docx/places";
import { commentPlaces } from "./anchors";
import type { CommentAuthor, NewComment } from "./commentsPart";
import { commentParts, firstFreeCommentId } from "./commentsPart";
import { PartMarks } from "./marks";

export interface Annotated {
  bytes: Uint8Array;
  /** Comments written. */
  comments: number;
}

/**
 * Where a comment stands: a part and its two marks; `elsewhere` when it is not on the finding's own
 * text.
 */
interface Placed {
  part: string;
  places: [MarkPlace, MarkPlace];
  elsewhere: boolean;
}

/**
 * A note's finding is marked on the note's reference mark in the body: Word allows comments inside
 * notes, but LibreOffice refuses to open a document that has one there.
 */
function onNoteReference(
  source: DocxSource,
  paragraph: ParagraphSource,
  kind: "footnote" | "endnote"
): Placed | undefined {
  const notes = source.parts.get(paragraph.part) ?? "";
  const opening = notes.lastIndexOf(`<w:${kind} `, paragraph.contentStart);
  const id = /\bw:id="(-?\d+)"/.exec(notes.slice(opening, tagEnd(notes, opening)))?.[1];
  const body = source.parts.get(source.documentName) ?? "";
  const reference =
    id === undefined ? -1 : body.search(new RegExp(`<w:${kind}Reference\\b[^>]*\\bw:id="${id}"`));
  if (reference < 0) return undefined;
  const runStart = Math.max(
    body.lastIndexOf("<w:r>", reference),
    body.lastIndexOf("<w:r ", reference)
  );
  const runEnd = body.indexOf("</w:r>", reference) + "</w:r>".length;
  return {
    part: source.documentName,
    places: [{ offset: runStart }, { offset: runEnd }],
    elsewhere: true,
  };
}

/**
 * Where a finding's comment goes: on its text; a note's on its reference; a header's or footer's at
 * the start of the body.
 */
function placeComment(
  source: DocxSource,
  finding: Finding,
  paragraph: DocParagraph | undefined,
  bodyStart?: ParagraphSource
): Placed | undefined {
  const own = paragraph && source.paragraphs.get(paragraph);
  let placed: Placed | undefined;
  if (own && (paragraph!.part === "footnote" || paragraph!.part === "endnote"))
    placed = onNoteReference(source, own, paragraph!.part);
  else if (own && paragraph!.part === undefined) {
    // A wrong automatic number has no text of its own: the comment covers its heading.
    const whole = finding.start === 0 && finding.end === 0 && paragraph!.label !== undefined;
    const places = commentPlaces(
      source.parts.get(own.part)!,
      own,
      finding.start,
      whole ? paragraph!.text.length : finding.end
    );
    placed = places && { part: own.part, places, elsewhere: false };
  }
  if (placed) return placed;
  // Word has no comments in headers and footers; and a paragraph written <w:p/> has no inside.
  const fallback = bodyStart && commentPlaces(source.parts.get(bodyStart.part)!, bodyStart, 0, 0);
  return fallback && { part: bodyStart!.part, places: fallback, elsewhere: true };
}

/**
 * A copy of the .docx with one Word comment per finding, anchored on exactly the text it covers.
 * Everything else in the package is kept as it was: other comments, tracked changes, images.
 */
export function annotateDocx(
  source: DocxSource,
  paragraphs: readonly DocParagraph[],
  findings: readonly Finding[],
  by: CommentAuthor
): Annotated {
  const bodyStart = paragraphs
    .map((p) => (p.part ? undefined : source.paragraphs.get(p)))
    .find((s) => s !== undefined && s.contentStart >= 0);
  const marks = new Map<string, PartMarks>();
  const comments: NewComment[] = [];
  let id = firstFreeCommentId(source.parts);
  for (const finding of findings) {
    const placed = placeComment(source, finding, paragraphs[finding.paragraph], bodyStart);
    if (!placed) continue;
    if (!marks.has(placed.part)) marks.set(placed.part, new PartMarks());
    marks.get(placed.part)!.add(id, placed.places[0], placed.places[1]);
    comments.push({ id, text: commentText(finding, placed.elsewhere) });
    id++;
  }

  const changed =
    comments.length === 0 ? new Map<string, string>() : commentParts(source, comments, by);
  for (const [part, partMarks] of marks)
    changed.set(part, partMarks.apply(source.parts.get(part)!));
  return { bytes: writeZip(source.entries, changed), comments: comments.length };
}
