import { SaxesParser } from "saxes";
import { ReadError } from "../readError";

export interface XmlHandlers {
  /**
   * An element opens; `path` holds the names of its ancestors, outermost first, without it.
   * `end` is the offset in the XML just after the tag (see tagStart for where it begins).
   */
  open(
    name: string,
    attributes: Record<string, string>,
    path: readonly string[],
    end: number
  ): void;
  /**
   * An element closes; `end` is the offset just after its closing tag (the same as open's for
   * `<x/>`).
   */
  close(name: string, path: readonly string[], end: number): void;
  text(text: string, path: readonly string[]): void;
}

/**
 * Read an XML part with a conforming streaming parser (saxes): entities, CDATA, comments,
 * namespaces and unknown elements are handled by the parser, not by patterns.
 */
export function walkXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: true });
  const path: string[] = [];
  parser.on("opentag", (tag) => {
    handlers.open(tag.name, tag.attributes as Record<string, string>, path, parser.position);
    if (tag.isSelfClosing) handlers.close(tag.name, path, parser.position);
    else path.push(tag.name);
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    path.pop();
    handlers.close(tag.name, path, parser.position);
  });
  parser.on("text", (text) => handlers.text(text, path));
  parser.on("cdata", (text) => handlers.text(text, path));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const place = /^(\d+):(\d+):/.exec((error as Error).message);
    const where = place ? `（第 ${place[1]} 行第 ${place[2]} 列）` : "";
    throw new ReadError(
      `文件中的 ${part} 不是合格的 XML${where}，文件已损坏。请在 Word 或 WPS 中打开并另存为 .docx 后再检查。`
    );
  }
}

/** Where the tag that ends at `end` begins: `<` cannot occur inside a tag's attribute values. */
export function tagStart(xml: string, end: number): number {
  return xml.lastIndexOf("<", end - 1);
}

/**
 * Where the tag that begins at `start` ends (just after its `>`): a `>` inside a quoted attribute
 * value does not end it, as in the parser. For XML the parser has already read.
 */
export function tagEnd(xml: string, start: number): number {
  let quote = "";
  for (let i = start + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i + 1;
  }
  return xml.length;
}

/** An on/off property (w:isLgl, w:vanish): present means on unless its value says otherwise. */
export function isOn(attributes: Record<string, string>): boolean {
  const value = attributes["w:val"];
  return value === undefined || !["0", "false", "off"].includes(value);
}
