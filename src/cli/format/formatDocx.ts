import type { LayoutSpec } from "../../content/layout";
import { checkContext } from "../../core/check/check";
import type { LayoutStep, PageTarget } from "../../core/layout/plan";
import { layoutPlan } from "../../core/layout/plan";
import { placeBefore } from "../docx/places";
import type { MarkPlace } from "../docx/places";
import { applyEdits, writeAtPlaces } from "../docx/xmlEdits";
import { onlyPageNumber } from "../docx/page";
import type { ParagraphSource } from "../docx/source";
import { StyleSheet } from "../docx/styles";
import { unwritable } from "../docx/writable";
import { writeZip } from "../docx/writePackage";
import { ReadError } from "../readError";
import { tagEnd, tagStart, walkXml } from "../docx/xml";
import type { DocxSource, DocumentFile } from "../readDocx";
import { readPackage } from "../readDocx";
import type { FooterIds } from "./pageParts";
import {
  footerXml,
  FOOTER_CONTENT_TYPE,
  FOOTER_TYPE,
  sectionProperties,
  withOddEvenPages,
} from "./pageParts";
import { paragraphProperties, runProperties } from "./properties";
import { formatStyles } from "./styleParts";

export interface Formatted {
  bytes: Uint8Array;
  /** Body paragraphs given their role's layout. */
  paragraphs: number;
  /** Footers kept because they hold more than a page number: the page numbers were left alone. */
  footersKept: boolean;
}

type Edit = { from: number; to: number; text: string };

/**
 * Our footer parts, beside the main document: the same names every time, so formatting twice
 * replaces them.
 */
const FOOTERS = {
  odd: { name: "footerGbOdd.xml", id: "rIdGbFooterOdd" },
  even: { name: "footerGbEven.xml", id: "rIdGbFooterEven" },
};

/**
 * Split runs where a run-in heading's words end, so they and the body text after them can be
 * formatted apart.
 */
function splitAtHeads(doc: DocumentFile, steps: readonly LayoutStep[]): string | undefined {
  const source = doc.source!;
  const xml = source.parts.get(source.documentName)!;
  const places: MarkPlace[] = [];
  for (const step of steps) {
    const own = source.paragraphs.get(doc.paragraphs[step.paragraph]!);
    if (!step.head || !own || own.part !== source.documentName) continue;
    const place = placeBefore(xml, own, step.head.length);
    if (place) places.push(place);
  }
  return places.length === 0
    ? undefined
    : writeAtPlaces(
        xml,
        places.map((place) => ({ place, text: "" }))
      );
}

/**
 * The edits that give one paragraph its role's layout: its properties, and each run by the part it
 * holds.
 */
function paragraphEdits(xml: string, own: ParagraphSource, step: LayoutStep): Edit[] {
  const edits: Edit[] = [];
  const { target } = step;
  const hasPPr = xml.startsWith("<w:pPr", own.openEnd) && own.contentStart > own.openEnd;
  const pPr = hasPPr ? xml.slice(own.openEnd, own.contentStart) : "";
  edits.push({
    from: own.openEnd,
    to: hasPPr ? own.contentStart : own.openEnd,
    text: paragraphProperties(pPr, target),
  });
  const head = step.head?.length ?? Infinity;
  const rest = step.head?.rest ?? target;
  const seen = new Set<number>();
  for (const piece of own.pieces) {
    const run = piece.run;
    if (seen.has(run.start)) continue;
    seen.add(run.start);
    const opened = tagEnd(xml, run.start);
    const rPrAt = run.rPr !== "" && xml.startsWith(run.rPr, opened) ? run.rPr.length : 0;
    edits.push({
      from: opened,
      to: opened + rPrAt,
      text: runProperties(run.rPr, piece.from < head ? target : rest),
    });
  }
  return edits;
}

/** Every w:sectPr of the main document, rewritten to the layout. */
function sectionEdits(
  xml: string,
  name: string,
  page: PageTarget,
  footers: FooterIds | undefined
): Edit[] {
  const edits: Edit[] = [];
  let start = -1;
  let depth = 0;
  walkXml(xml, name, {
    open: (tag, _a, _path, end) => {
      if (tag !== "w:sectPr") return;
      if (start === -1) start = tagStart(xml, end);
      depth++;
    },
    close: (tag, _path, end) => {
      if (tag !== "w:sectPr" || start === -1 || --depth > 0) return;
      edits.push({
        from: start,
        to: end,
        text: sectionProperties(xml.slice(start, end), page, footers),
      });
      start = -1;
    },
    text: () => {},
  });
  return edits;
}

/** Whether a footer of the document (not a first page's) holds more than a page number. */
function footersHoldOtherText(source: DocxSource, parts: ReadonlyMap<string, string>): boolean {
  const xml = parts.get(source.documentName)!;
  const styles = new StyleSheet();
  const ids: string[] = [];
  walkXml(xml, source.documentName, {
    open: (name, a) => {
      if (name === "w:footerReference" && a["w:type"] !== "first" && a["r:id"] !== undefined)
        ids.push(a["r:id"]);
    },
    close: () => {},
    text: () => {},
  });
  return ids.some((id) => {
    const part = source.rels.find((r) => r.id === id)?.part;
    const footer = part === undefined ? undefined : parts.get(part);
    return footer !== undefined && !onlyPageNumber(footer, part!, styles);
  });
}

/** The main document's relationships with our two footers. */
function withFooterRelationships(rels: string | undefined): string {
  const ours = [FOOTERS.odd, FOOTERS.even].filter((f) => !rels?.includes(`Id="${f.id}"`));
  const added = ours
    .map((f) => `<Relationship Id="${f.id}" Type="${FOOTER_TYPE}" Target="${f.name}"/>`)
    .join("");
  if (rels === undefined)
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${added}</Relationships>`;
  return rels.replace("</Relationships>", `${added}</Relationships>`);
}

function withFooterContentTypes(types: string, folder: string): string {
  const added = [FOOTERS.odd, FOOTERS.even]
    .filter((f) => !types.includes(`PartName="/${folder}${f.name}"`))
    .map((f) => `<Override PartName="/${folder}${f.name}" ContentType="${FOOTER_CONTENT_TYPE}"/>`)
    .join("");
  return types.replace("</Types>", `${added}</Types>`);
}

/**
 * A copy of the .docx in the layout (GB/T 9704 unless the unit changed it): styles, every body
 * paragraph by its role from the checker's outline, the page setup and grid, page-number footers.
 * Only formatting changes: the text, comments, tracked changes and everything else stay as they
 * were.
 */
export function formatDocx(doc: DocumentFile, spec: LayoutSpec): Formatted {
  if (!doc.source) throw new Error("formatDocx needs the package as read");
  let source: DocxSource = doc.source;
  const folder = source.documentName.replace(/[^/]*$/, "");
  const creates = [
    { name: `${folder}${FOOTERS.odd.name}`, type: "footer" },
    { name: `${folder}${FOOTERS.even.name}`, type: "footer" },
    { name: `${folder}settings.xml`, type: "settings" },
    { name: `${folder}styles.xml`, type: "styles" },
  ];
  const problem = unwritable(source, "未排版", creates);
  if (problem) throw new ReadError(problem);
  const { steps, page } = layoutPlan(doc.paragraphs, checkContext(doc.paragraphs).outline, spec);
  const parts = new Map(source.parts);
  const split = splitAtHeads(doc, steps);
  let current = doc;
  if (split !== undefined) {
    parts.set(source.documentName, split);
    current = readPackage(source.entries, parts, true);
    source = current.source!;
  }
  const xml = parts.get(source.documentName)!;
  const edits: Edit[] = [];
  let formatted = 0;
  for (const step of steps) {
    const p = current.paragraphs[step.paragraph];
    const own = p && source.paragraphs.get(p);
    if (!own || own.part !== source.documentName || p.part) continue;
    edits.push(...paragraphEdits(xml, own, step));
    formatted++;
  }
  const paragraphsDone = applyEdits(xml, edits);
  const footersKept = footersHoldOtherText(source, parts);
  const footers = footersKept ? undefined : { odd: FOOTERS.odd.id, even: FOOTERS.even.id };
  const changed = new Map<string, string>();
  changed.set(
    source.documentName,
    applyEdits(paragraphsDone, sectionEdits(paragraphsDone, source.documentName, page, footers))
  );
  const stylesName = source.rels.find((r) => r.type === "styles")?.part ?? `${folder}styles.xml`;
  if (parts.has(stylesName)) changed.set(stylesName, formatStyles(parts.get(stylesName)!, spec));
  if (!footersKept) addFooters(changed, source, parts, page, folder);
  return { bytes: writeZip(source.entries, changed), paragraphs: formatted, footersKept };
}

/**
 * Our two page-number footers, their relationships and content types, and odd and even pages told
 * apart.
 */
function addFooters(
  changed: Map<string, string>,
  source: DocxSource,
  parts: ReadonlyMap<string, string>,
  page: PageTarget,
  folder: string
): void {
  const settingsName = source.rels.find((r) => r.type === "settings")?.part;
  changed.set(
    settingsName ?? `${folder}settings.xml`,
    withOddEvenPages(settingsName ? parts.get(settingsName) : undefined)
  );
  let rels = withFooterRelationships(parts.get(source.relsName));
  if (!settingsName)
    rels = rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdGbSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>'
    );
  changed.set(source.relsName, rels);
  let types = withFooterContentTypes(parts.get("[Content_Types].xml") ?? "", folder);
  if (!settingsName && !types.includes(`PartName="/${folder}settings.xml"`))
    types = types.replace(
      "</Types>",
      `<Override PartName="/${folder}settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>`
    );
  changed.set("[Content_Types].xml", types);
  changed.set(`${folder}${FOOTERS.odd.name}`, footerXml(page.pageNumber, true));
  changed.set(`${folder}${FOOTERS.even.name}`, footerXml(page.pageNumber, false));
}
