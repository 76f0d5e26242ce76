import type { LayoutSpec } from "../../content/layout";
import { checkContext } from "../../core/check/check";
import type { DocParagraph } from "../../core/document";
import type { RolePlan } from "../../core/layout/roles";
import { layoutRoles } from "../../core/layout/roles";
import type { RoleTarget } from "../../core/layout/targets";
import { roleTarget } from "../../core/layout/targets";
import { typedIndent } from "../../core/layout/deviations";
import { placeBefore } from "../annotate/anchors";
import type { MarkPlace } from "../annotate/anchors";
import { applyEdits, writeAtPlaces } from "../annotate/marks";
import { onlyPageNumber } from "../docx/page";
import type { ParagraphSource } from "../docx/source";
import { StyleSheet } from "../docx/styles";
import { writeZip } from "../docx/writePackage";
import { tagStart, walkXml } from "../docx/xml";
import type { DocxSource, ReportFile } from "../readDocx";
import { readPackage } from "../readDocx";
import type { FooterIds } from "./pageParts";
import { footerXml, FOOTER_CONTENT_TYPE, FOOTER_TYPE, sectionProperties, withOddEvenPages } from "./pageParts";
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

/** Our footer parts, beside the main document: the same names every time, so formatting twice replaces them. */
const FOOTERS = { odd: { name: "footerGbOdd.xml", id: "rIdGbFooterOdd" }, even: { name: "footerGbEven.xml", id: "rIdGbFooterEven" } };

/** Split runs where a run-in heading's words end, so they and the body text after them can be formatted apart. */
function splitAtHeads(report: ReportFile, roles: readonly (RolePlan | undefined)[]): string | undefined {
  const source = report.source!;
  const xml = source.parts.get(source.documentName)!;
  const places: MarkPlace[] = [];
  roles.forEach((plan, i) => {
    const p = report.paragraphs[i]!;
    const own = source.paragraphs.get(p);
    if (!plan || !own || own.part !== source.documentName || plan.head >= p.text.length) return;
    const place = placeBefore(xml, own, plan.head);
    if (place) places.push(place);
  });
  return places.length === 0 ? undefined : writeAtPlaces(xml, places.map((place) => ({ place, text: "" })));
}

/** Spaces typed at the start stand for part of the indent: the indent set is what they leave (the text is never changed). */
function withTypedIndent(target: RoleTarget, text: string): RoleTarget {
  if (target.indentChars === undefined) return target;
  return { ...target, indentChars: Math.max(0, target.indentChars - typedIndent(text)) };
}

/** The edits that give one paragraph its role's layout: its properties, and each run by the part it holds. */
function paragraphEdits(xml: string, p: DocParagraph, own: ParagraphSource, plan: RolePlan, spec: LayoutSpec): Edit[] {
  const edits: Edit[] = [];
  const target = withTypedIndent(roleTarget(spec, plan.role), p.text);
  const hasPPr = xml.startsWith("<w:pPr", own.openEnd) && own.contentStart > own.openEnd;
  const pPr = hasPPr ? xml.slice(own.openEnd, own.contentStart) : "";
  edits.push({ from: own.openEnd, to: hasPPr ? own.contentStart : own.openEnd, text: paragraphProperties(pPr, target) });
  const body = plan.head < p.text.length ? roleTarget(spec, "body") : target;
  const seen = new Set<number>();
  for (const piece of own.pieces) {
    const run = piece.run;
    if (seen.has(run.start)) continue;
    seen.add(run.start);
    const tagEnd = xml.indexOf(">", run.start) + 1;
    const rPrAt = run.rPr !== "" && xml.startsWith(run.rPr, tagEnd) ? run.rPr.length : 0;
    edits.push({ from: tagEnd, to: tagEnd + rPrAt, text: runProperties(run.rPr, piece.from < plan.head ? target : body) });
  }
  return edits;
}

/** Every w:sectPr of the main document, rewritten to the layout. */
function sectionEdits(xml: string, name: string, spec: LayoutSpec, defaultSizePt: number, footers: FooterIds | undefined): Edit[] {
  const edits: Edit[] = [];
  let start = -1;
  walkXml(xml, name, {
    open: (tag, _a, _path, end) => {
      if (tag === "w:sectPr" && start === -1) start = tagStart(xml, end);
    },
    close: (tag, path, end) => {
      if (tag !== "w:sectPr" || start === -1 || path.includes("w:sectPr")) return;
      edits.push({ from: start, to: end, text: sectionProperties(xml.slice(start, end), spec, footers, defaultSizePt) });
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
  return [...xml.matchAll(/<w:footerReference\b[^>]*>/g)].some(([tag]) => {
    if (/\sw:type="first"/.test(tag)) return false;
    const id = /\sr:id="([^"]+)"/.exec(tag)?.[1];
    const part = source.rels.find((r) => r.id === id)?.part;
    const footer = part === undefined ? undefined : parts.get(part);
    return footer !== undefined && !onlyPageNumber(footer, part!, styles);
  });
}

/** The main document's relationships with our two footers. */
function withFooterRelationships(rels: string | undefined): string {
  const ours = [FOOTERS.odd, FOOTERS.even].filter((f) => !rels?.includes(`Id="${f.id}"`));
  const added = ours.map((f) => `<Relationship Id="${f.id}" Type="${FOOTER_TYPE}" Target="${f.name}"/>`).join("");
  if (rels === undefined) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${added}</Relationships>`;
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
 * Only formatting changes: the text, comments, tracked changes and everything else stay as they were.
 */
export function formatDocx(report: ReportFile, spec: LayoutSpec): Formatted {
  if (!report.source) throw new Error("formatDocx needs the package as read");
  let source: DocxSource = report.source;
  const roles = layoutRoles(report.paragraphs, checkContext(report.paragraphs).outline);
  const parts = new Map(source.parts);
  const split = splitAtHeads(report, roles);
  let current = report;
  if (split !== undefined) {
    parts.set(source.documentName, split);
    current = readPackage(source.entries, parts, true);
    source = current.source!;
  }
  const xml = parts.get(source.documentName)!;
  const edits: Edit[] = [];
  let formatted = 0;
  roles.forEach((plan, i) => {
    const p = current.paragraphs[i];
    const own = p && source.paragraphs.get(p);
    if (!plan || !own || own.part !== source.documentName || p.part) return;
    edits.push(...paragraphEdits(xml, p, own, plan, spec));
    formatted++;
  });
  const paragraphsDone = applyEdits(xml, edits);
  const footersKept = footersHoldOtherText(source, parts);
  const footers = footersKept ? undefined : { odd: FOOTERS.odd.id, even: FOOTERS.even.id };
  const changed = new Map<string, string>();
  changed.set(source.documentName, applyEdits(paragraphsDone, sectionEdits(paragraphsDone, source.documentName, spec, spec.roles.body.sizePt, footers)));
  const folder = source.documentName.replace(/[^/]*$/, "");
  const stylesName = source.rels.find((r) => r.type === "styles")?.part ?? `${folder}styles.xml`;
  if (parts.has(stylesName)) changed.set(stylesName, formatStyles(parts.get(stylesName)!, spec));
  if (!footersKept) addFooters(changed, source, parts, spec, folder);
  return { bytes: writeZip(source.entries, changed), paragraphs: formatted, footersKept };
}

/** Our two page-number footers, their relationships and content types, and odd and even pages told apart. */
function addFooters(changed: Map<string, string>, source: DocxSource, parts: ReadonlyMap<string, string>, spec: LayoutSpec, folder: string): void {
  const settingsName = source.rels.find((r) => r.type === "settings")?.part;
  changed.set(settingsName ?? `${folder}settings.xml`, withOddEvenPages(settingsName ? parts.get(settingsName) : undefined));
  let rels = withFooterRelationships(parts.get(source.relsName));
  if (!settingsName) rels = rels.replace("</Relationships>", '<Relationship Id="rIdGbSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>');
  changed.set(source.relsName, rels);
  let types = withFooterContentTypes(parts.get("[Content_Types].xml") ?? "", folder);
  if (!settingsName && !types.includes(`PartName="/${folder}settings.xml"`)) types = types.replace("</Types>", `<Override PartName="/${folder}settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>`);
  changed.set("[Content_Types].xml", types);
  changed.set(`${folder}${FOOTERS.odd.name}`, footerXml(spec, true));
  changed.set(`${folder}${FOOTERS.even.name}`, footerXml(spec, false));
}
