import type { DocPart, DocParagraph, PageFormat } from "../core/document";
import type { ZipEntry } from "./docx/archive";
import { readArchive, zipEntries } from "./docx/archive";
import { ContentTypes } from "./docx/contentTypes";
import { ListNumbering } from "./docx/numbering";
import type { SourceMap } from "./docx/paragraphs";
import { readPage } from "./docx/page";
import { readParagraphs } from "./docx/paragraphs";
import type { Relationship } from "./docx/relationships";
import { readRelationships } from "./docx/relationships";
import { webExtensionSettings } from "./docx/settings";
import { StyleSheet } from "./docx/styles";
import { readThemeFonts } from "./docx/theme";
import { ReadError } from "./readError";

/**
 * A document as read from a file: its paragraphs, and the settings add-ins stored with it (none for
 * text).
 */
export interface DocumentFile {
  /** Body paragraphs first, then those of headers, footers and notes (each with its `part`). */
  paragraphs: DocParagraph[];
  /** By stored name; each value as the add-in set it. */
  settings: ReadonlyMap<string, string>;
  /** The page setup and page numbers (a .docx only). */
  page?: PageFormat;
  /**
   * With `keepSource`: the package as read and where each paragraph stands in it, for writing a
   * copy.
   */
  source?: DocxSource;
}

/** A .docx as read: every entry as stored, in archive order, and where its paragraphs stand. */
export interface DocxSource {
  entries: Map<string, ZipEntry>;
  /** [Content_Types].xml as read; undefined when the package has none (Word will not open it). */
  types?: ContentTypes;
  /**
   * Relationships of a kind we read that point at a part of another type (settings → an image), not
   * followed.
   */
  mismatched: string[];
  /** The XML parts, decoded. */
  parts: Map<string, string>;
  documentName: string;
  /** The main document's relationships part and what it lists. */
  relsName: string;
  rels: Relationship[];
  paragraphs: SourceMap;
}

const WEB_EXTENSION = /^word\/webextensions\/webextension\d*\.xml$/;
/** Parts that hold text or what the text needs; images and fonts are never unpacked. */
const TEXT_PART = /(?:\.xml|\.rels)$/i;
/** Other parts in the order a reader meets them, by relationship type. */
const PART_KINDS: ReadonlyArray<[string, DocPart]> = [
  ["header", "header"],
  ["footer", "footer"],
  ["footnotes", "footnote"],
  ["endnotes", "endnote"],
];

/**
 * Relationship types whose parts are read or written: a relationship of one of them is followed
 * only onto a part of its type.
 */
const KNOWN_TYPES = new Set([
  "officeDocument",
  "styles",
  "numbering",
  "theme",
  "settings",
  "header",
  "footer",
  "footnotes",
  "endnotes",
  "comments",
]);

/**
 * Whether a relationship may be followed: its part is of its type, or the package declares no types
 * to tell.
 */
function fits(types: ContentTypes | undefined, rel: Relationship): boolean {
  return !types || !KNOWN_TYPES.has(rel.type) || types.fits(rel.part, rel.type);
}

/** The main document part: named by the package relationships, word/document.xml by default. */
function mainPart(parts: ReadonlyMap<string, string>, types: ContentTypes | undefined): string {
  const rels = parts.get("_rels/.rels");
  const main =
    rels === undefined
      ? undefined
      : readRelationships(rels, "_rels/.rels", "").find((r) => r.type === "officeDocument");
  return main && parts.has(main.part) && fits(types, main) ? main.part : "word/document.xml";
}

/**
 * A .docx file's paragraphs and stored settings; a ReadError in Chinese when it is not one. With
 * `keepSource` every entry is kept and each paragraph's place in the XML recorded.
 */
export function readDocx(bytes: Uint8Array, keepSource = false): DocumentFile {
  const decoder = new TextDecoder("utf-8");
  const entries = zipEntries(bytes);
  const unpacked = readArchive(entries, (name) => TEXT_PART.test(name));
  const parts = new Map([...unpacked].map(([name, data]) => [name, decoder.decode(data)]));
  return readPackage(entries, parts, keepSource);
}

/**
 * A package already unpacked: its entries, and its XML parts decoded (which may have been edited).
 */
export function readPackage(
  entries: Map<string, ZipEntry>,
  parts: Map<string, string>,
  keepSource = false
): DocumentFile {
  const typesXml = parts.get("[Content_Types].xml");
  const types = typesXml === undefined ? undefined : new ContentTypes(typesXml);
  const documentName = mainPart(parts, types);
  const xml = parts.get(documentName);
  if (xml === undefined)
    throw new ReadError("文件中没有 Word 正文（word/document.xml），不是有效的 .docx 文件。");
  if (!/<w:body\b/.test(xml))
    throw new ReadError("Word 正文无法识别（缺少 w:body），文件可能已损坏。");

  const folder = documentName.replace(/[^/]*$/, "");
  const relsName = `${folder}_rels/${documentName.slice(folder.length)}.rels`;
  const allRels = parts.has(relsName)
    ? readRelationships(parts.get(relsName)!, relsName, folder)
    : [];
  const rels = allRels.filter((r) => fits(types, r));
  const mismatched = allRels
    .filter((r) => !fits(types, r) && entries.has(r.part))
    .map((r) => `${r.type} → ${r.part}`);
  const target = (type: string, fallback: string) => {
    const part = allRels.find((r) => r.type === type)?.part ?? fallback;
    return fits(types, { id: "", type, part }) ? part : "";
  };
  const theme = readThemeFonts(parts.get(target("theme", `${folder}theme/theme1.xml`)));
  const styles = new StyleSheet(parts.get(target("styles", `${folder}styles.xml`)), theme);
  const lists = new ListNumbering(parts.get(target("numbering", `${folder}numbering.xml`)), styles);

  const sources: SourceMap | undefined = keepSource ? new Map() : undefined;
  const paragraphs = readParagraphs(xml, documentName, styles, lists, undefined, sources);
  const seen = new Set<string>();
  for (const [type, part] of PART_KINDS) {
    for (const { part: name } of rels.filter((r) => r.type === type)) {
      const partXml = parts.get(name);
      if (partXml === undefined) continue;
      const read = readParagraphs(partXml, name, styles, lists, part, sources).filter(
        (p) => p.text.trim() !== ""
      );
      // The same header in several sections is read once.
      const key = `${part}\n${read.map((p) => p.text).join("\n")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      paragraphs.push(...read);
    }
  }
  const extensions = [...parts.keys()]
    .filter((name) => WEB_EXTENSION.test(name))
    .map((name) => parts.get(name)!);
  const source = sources && {
    entries,
    types,
    mismatched,
    parts,
    documentName,
    relsName,
    rels,
    paragraphs: sources,
  };
  const page = readPage(
    xml,
    documentName,
    rels,
    parts,
    styles,
    parts.get(target("settings", `${folder}settings.xml`))
  );
  return {
    paragraphs,
    settings: webExtensionSettings(extensions),
    page,
    ...(source ? { source } : {}),
  };
}
