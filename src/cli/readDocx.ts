import { unzipSync } from "fflate";
import type { DocParagraph, HeadingLevel } from "../core/document";
import { ReadError } from "./readError";

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

const attr = (attributes: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];

function toLevel(outlineLevel: string | undefined): HeadingLevel | undefined {
  const n = outlineLevel === undefined ? NaN : Number(outlineLevel) + 1;
  return n >= 1 && n <= 4 ? (n as HeadingLevel) : undefined;
}

/** Heading level by style id: from a built-in "heading N" style or the style's outline level. */
export function headingStyles(stylesXml: string): Map<string, HeadingLevel> {
  const levels = new Map<string, HeadingLevel>();
  for (const [, attributes, body] of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(attributes!, "w:styleId");
    if (!id) continue;
    const name = attr(/<w:name\b([^>]*)\/>/.exec(body!)?.[1] ?? "", "w:val") ?? "";
    const byName = /^heading ([1-4])$/i.exec(name);
    const level = byName ? (Number(byName[1]) as HeadingLevel) : toLevel(attr(/<w:outlineLvl\b([^>]*)\/>/.exec(body!)?.[1] ?? "", "w:val"));
    if (level) levels.set(id, level);
  }
  return levels;
}

const TOKEN = /<(\/?)(w:p|w:t|w:tab|w:br|w:cr|w:tbl|w:pStyle|w:outlineLvl|w:numPr|w:delText|w:instrText)\b([^>]*?)(\/?)>|([^<]+)|<[^>]*>/g;

/** The paragraphs of word/document.xml: text, heading level (style or outline level), table and list membership. */
export function docxParagraphs(documentXml: string, styles: ReadonlyMap<string, HeadingLevel>): DocParagraph[] {
  const paragraphs: DocParagraph[] = [];
  let tables = 0;
  let current: { text: string; style?: string; outline?: HeadingLevel; inList: boolean } | undefined;
  let inText = false;
  for (const [, closing, tag, attributes, selfClosing, text] of documentXml.matchAll(TOKEN)) {
    if (text !== undefined) {
      if (inText && current) current.text += decodeXml(text);
      continue;
    }
    if (!tag) continue;
    const open = !closing;
    switch (tag) {
      case "w:tbl":
        tables += open ? 1 : -1;
        break;
      case "w:p":
        if (open) current = { text: "", inList: false };
        if (closing || selfClosing) {
          const p = current ?? { text: "", inList: false };
          const level = p.outline ?? (p.style ? styles.get(p.style) : undefined) ?? 0;
          paragraphs.push({ text: p.text, level, inTable: tables > 0, inList: p.inList });
          current = undefined;
        }
        break;
      case "w:t":
        inText = open && !selfClosing;
        break;
      case "w:tab":
        if (current && open) current.text += "\t";
        break;
      case "w:br":
      case "w:cr":
        // A line break inside a paragraph reads as a space so words on both sides stay apart.
        if (current && open && !/w:type="page"/.test(attributes!)) current.text += " ";
        break;
      case "w:pStyle":
        if (current) current.style = attr(attributes!, "w:val");
        break;
      case "w:outlineLvl":
        if (current) current.outline = toLevel(attr(attributes!, "w:val"));
        break;
      case "w:numPr":
        if (current && open) current.inList = true;
        break;
    }
  }
  return paragraphs;
}

/** A report as read from a file: its paragraphs, and the settings add-ins stored with it (none for text). */
export interface ReportFile {
  paragraphs: DocParagraph[];
  /** By stored name; each value as the add-in set it. */
  settings: ReadonlyMap<string, string>;
}

const WEB_EXTENSION = /^word\/webextensions\/webextension\d*\.xml$/;

/**
 * Settings add-ins stored in the document (Office.context.document.settings): properties of the
 * web-extension parts, each value the JSON of what was set. Only string values are kept.
 */
export function webExtensionSettings(parts: readonly string[]): Map<string, string> {
  const settings = new Map<string, string>();
  for (const xml of parts) {
    for (const [, attributes] of xml.matchAll(/<we:property\b([^>]*?)\/?>/g)) {
      const name = attr(attributes!, "name");
      const raw = attr(attributes!, "value");
      if (name === undefined || raw === undefined) continue;
      try {
        const value: unknown = JSON.parse(decodeXml(raw));
        if (typeof value === "string") settings.set(decodeXml(name), value);
      } catch {
        // A value that is not JSON is not one of ours.
      }
    }
  }
  return settings;
}

/** A .docx file's paragraphs and stored settings; a ReadError in Chinese when it is not one. */
export function readDocx(bytes: Uint8Array): ReportFile {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" || f.name === "word/styles.xml" || WEB_EXTENSION.test(f.name) });
  } catch {
    throw new ReadError("不是有效的 .docx 文件（无法解压），可能已损坏，或是改了扩展名的其他文件。");
  }
  const document = files["word/document.xml"];
  if (!document) throw new ReadError("文件中没有 Word 正文（word/document.xml），不是有效的 .docx 文件。");
  const decoder = new TextDecoder("utf-8");
  const xml = decoder.decode(document);
  if (!/<w:body\b/.test(xml)) throw new ReadError("Word 正文无法识别（缺少 w:body），文件可能已损坏。");
  const styles = files["word/styles.xml"] ? headingStyles(decoder.decode(files["word/styles.xml"])) : new Map<string, HeadingLevel>();
  const extensions = Object.keys(files).filter((name) => WEB_EXTENSION.test(name)).map((name) => decoder.decode(files[name]));
  return { paragraphs: docxParagraphs(xml, styles), settings: webExtensionSettings(extensions) };
}
