import { escapeMarkup } from "../../core/escapeMarkup";
import type { DocxSource } from "../readDocx";

/**
 * Word's comments part, the relationship to it and its content type, added to a package as read.
 */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const COMMENTS_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_CONTENT =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export interface NewComment {
  id: number;
  text: string;
}

export interface CommentAuthor {
  author: string;
  initials: string;
  /** As Word writes it: 2026-11-23T09:30:00Z. */
  date: string;
}

/**
 * `content` added as the last children of the root element `tag`, written `<tag>…</tag>` or
 * `<tag/>`.
 */
function appendToRoot(xml: string, tag: string, content: string): string {
  const close = xml.lastIndexOf(`</${tag}>`);
  if (close >= 0) return xml.slice(0, close) + content + xml.slice(close);
  return xml.replace(new RegExp(`<${tag}\\b([^>]*?)/>`), `<${tag}$1>${content}</${tag}>`);
}

/**
 * The first id no part uses yet. Comments share their ids with every other annotation (tracked
 * changes, bookmarks): LibreOffice refuses a document where a comment and a deletion share one.
 */
export function firstFreeCommentId(parts: ReadonlyMap<string, string>): number {
  let max = -1;
  const pattern = /\bw:id="(\d+)"/g;
  for (const xml of parts.values()) {
    for (const m of xml.matchAll(pattern)) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

function commentXml(comment: NewComment, by: CommentAuthor): string {
  // Each line of the text is a paragraph of the comment.
  const paragraphs = comment.text
    .split("\n")
    .map(
      (line, i) =>
        `<w:p>${i === 0 ? "<w:r><w:annotationRef/></w:r>" : ""}<w:r><w:t xml:space="preserve">${escapeMarkup(line)}</w:t></w:r></w:p>`
    );
  return `<w:comment w:id="${comment.id}" w:author="${escapeMarkup(by.author)}" w:date="${by.date}" w:initials="${escapeMarkup(by.initials)}">${paragraphs.join("")}</w:comment>`;
}

/** An id of the form rIdN that the relationships part does not use. */
function freeRelationshipId(rels: string): string {
  let n = 1;
  while (rels.includes(`Id="rId${n}"`)) n++;
  return `rId${n}`;
}

/**
 * The parts to write so that the package holds these comments: the comments part (the one the
 * document already has, or word/comments.xml), and where it is new, its relationship and content
 * type.
 */
export function commentParts(
  source: DocxSource,
  comments: readonly NewComment[],
  by: CommentAuthor
): Map<string, string> {
  const changed = new Map<string, string>();
  const added = comments.map((c) => commentXml(c, by)).join("");
  const existing = source.rels.find((r) => r.type === "comments")?.part;
  if (existing && source.parts.has(existing)) {
    changed.set(existing, appendToRoot(source.parts.get(existing)!, "w:comments", added));
    return changed;
  }
  const folder = source.documentName.replace(/[^/]*$/, "");
  let name = `${folder}comments.xml`;
  for (let n = 2; source.entries.has(name); n++) name = `${folder}comments${n}.xml`;
  changed.set(name, `${DECLARATION}<w:comments xmlns:w="${W}">${added}</w:comments>`);

  const rels =
    source.parts.get(source.relsName) ??
    `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const relationship = `<Relationship Id="${freeRelationshipId(rels)}" Type="${COMMENTS_TYPE}" Target="${name.slice(folder.length)}"/>`;
  changed.set(source.relsName, appendToRoot(rels, "Relationships", relationship));

  const types = source.parts.get("[Content_Types].xml") ?? "";
  const override = `<Override PartName="/${name}" ContentType="${COMMENTS_CONTENT}"/>`;
  changed.set("[Content_Types].xml", appendToRoot(types, "Types", override));
  return changed;
}
