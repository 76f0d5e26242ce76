import type { LayoutRole, LayoutSpec } from "../../content/layout";
import { roleTarget } from "../../core/layout/targets";
import { tagStart, walkXml } from "../docx/xml";
import { applyEdits } from "../docx/xmlEdits";
import { runProperties } from "./properties";

interface StyleSpot {
  id: string;
  name: string;
  isDefault: boolean;
  outline?: number;
  rPr?: { start: number; end: number };
  pPrEnd?: number;
  closeStart: number;
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-4])$/i;
const TITLE_NAME = /^(?:title|标题)$/i;

/**
 * The role whose typefaces a paragraph style takes: the default style is body text, headings 1–4
 * their levels.
 */
function roleOfStyle(style: StyleSpot): LayoutRole | undefined {
  if (style.isDefault) return "body";
  const byName = HEADING_NAME.exec(style.name.trim());
  const level = byName
    ? Number(byName[1])
    : style.outline !== undefined && style.outline <= 3
      ? style.outline + 1
      : undefined;
  if (level !== undefined) return `heading${level}` as LayoutRole;
  return TITLE_NAME.test(style.name.trim()) ? "title" : undefined;
}

/**
 * styles.xml with the layout's typefaces and sizes in the document defaults, the default paragraph
 * style, the heading styles and the title style, so that text typed later looks right too.
 */
export function formatStyles(xml: string, spec: LayoutSpec): string {
  const styles: StyleSpot[] = [];
  let current: StyleSpot | undefined;
  let defaultsRPr: { start: number; end: number } | undefined;
  let rPrDefaultInside: number | undefined;
  let defaultsInside: number | undefined;
  let rootEnd = -1;
  let rPrStart = -1;
  walkXml(xml, "word/styles.xml", {
    open: (name, a, path, end) => {
      const parent = path[path.length - 1];
      if (name === "w:styles") rootEnd = end;
      // A self-closing element has no inside to write into.
      else if (name === "w:docDefaults" && xml[end - 2] !== "/") defaultsInside = end;
      else if (name === "w:rPrDefault" && xml[end - 2] !== "/") rPrDefaultInside = end;
      else if (name === "w:style" && a["w:type"] === "paragraph")
        current = {
          id: a["w:styleId"] ?? "",
          name: "",
          isDefault: a["w:default"] === "1",
          closeStart: -1,
        };
      else if (name === "w:rPr" && (parent === "w:rPrDefault" || (current && parent === "w:style")))
        rPrStart = tagStart(xml, end);
      else if (current && name === "w:name" && parent === "w:style")
        current.name = a["w:val"] ?? "";
      else if (
        current &&
        name === "w:outlineLvl" &&
        parent === "w:pPr" &&
        path[path.length - 2] === "w:style"
      )
        current.outline = Number(a["w:val"]);
    },
    close: (name, path, end) => {
      const parent = path[path.length - 1];
      if (name === "w:rPr" && parent === "w:rPrDefault") defaultsRPr = { start: rPrStart, end };
      else if (current && name === "w:rPr" && parent === "w:style")
        current.rPr = { start: rPrStart, end };
      else if (current && name === "w:pPr" && parent === "w:style") current.pPrEnd = end;
      else if (current && name === "w:style") {
        current.closeStart = tagStart(xml, end);
        styles.push(current);
        current = undefined;
      }
    },
    text: () => {},
  });
  const edits: Array<{ from: number; to: number; text: string }> = [];
  const body = roleTarget(spec, "body");
  if (defaultsRPr)
    edits.push({
      from: defaultsRPr.start,
      to: defaultsRPr.end,
      text: runProperties(xml.slice(defaultsRPr.start, defaultsRPr.end), body),
    });
  else if (rPrDefaultInside !== undefined)
    edits.push({ from: rPrDefaultInside, to: rPrDefaultInside, text: runProperties("", body) });
  else if (defaultsInside !== undefined)
    edits.push({
      from: defaultsInside,
      to: defaultsInside,
      text: `<w:rPrDefault>${runProperties("", body)}</w:rPrDefault>`,
    });
  else if (rootEnd !== -1)
    edits.push({
      from: rootEnd,
      to: rootEnd,
      text: `<w:docDefaults><w:rPrDefault>${runProperties("", body)}</w:rPrDefault></w:docDefaults>`,
    });
  for (const style of styles) {
    const role = roleOfStyle(style);
    if (!role) continue;
    const target = roleTarget(spec, role);
    if (style.rPr)
      edits.push({
        from: style.rPr.start,
        to: style.rPr.end,
        text: runProperties(xml.slice(style.rPr.start, style.rPr.end), target),
      });
    else {
      const at = style.pPrEnd ?? style.closeStart;
      edits.push({ from: at, to: at, text: runProperties("", target) });
    }
  }
  return applyEdits(xml, edits);
}
