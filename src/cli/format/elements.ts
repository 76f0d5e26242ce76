import { tagEnd, tagStart, walkXml } from "../docx/xml";

/** A property element's direct children, each as written, in order. */
export interface Child {
  name: string;
  xml: string;
}

/** The direct children of one element (`<w:pPr>…</w:pPr>`, or "" for none), as written. */
export function childrenOf(element: string): Child[] {
  if (element === "") return [];
  const children: Child[] = [];
  let start = -1;
  let name = "";
  walkXml(element, "element", {
    open: (tag, _a, path, end) => {
      if (path.length === 1 && start === -1) [start, name] = [tagStart(element, end), tag];
    },
    close: (_tag, path, end) => {
      if (path.length === 1 && start !== -1) {
        children.push({ name, xml: element.slice(start, end) });
        start = -1;
      }
    },
    text: () => {},
  });
  return children;
}

/**
 * The attributes of an element's opening tag as written (` w:rsidR="…"`), to keep when it is
 * rewritten.
 */
export function openingAttributes(element: string): string {
  if (!element.startsWith("<")) return "";
  const tag = element.slice(0, tagEnd(element, 0));
  return tag
    .replace(/^<[^\s/>]+/, "")
    .replace(/\/?>$/, "")
    .trimEnd();
}

/**
 * An element with some children replaced, added or removed (`null`), in the order the schema
 * requires (Word refuses a part whose property children are out of order). Children the order
 * does not know keep their place before the ones it puts last (`*Change`, which must end).
 */
export function withChildren(
  element: string,
  tag: string,
  changes: ReadonlyMap<string, string | null>,
  order: readonly string[]
): string {
  const kept = childrenOf(element).filter((c) => !changes.has(c.name));
  const added = [...changes]
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, xml]) => ({ name, xml }));
  const all = inSchemaOrder([...kept, ...added], order);
  const attributes = element === "" ? "" : openingAttributes(element);
  return all.length === 0 && attributes === ""
    ? ""
    : `<${tag}${attributes}>${all.map((c) => c.xml).join("")}</${tag}>`;
}

/**
 * Children sorted into schema order, stably; those the order does not know go just before its last.
 */
export function inSchemaOrder(children: readonly Child[], order: readonly string[]): Child[] {
  const rank = (name: string) => {
    const i = order.indexOf(name);
    return i === -1 ? order.length - 1 : i;
  };
  return children
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c.name) - rank(b.c.name) || a.i - b.i)
    .map((x) => x.c);
}

/** CT_PPr's children in schema order. */
export const PPR_ORDER = [
  "w:pStyle",
  "w:keepNext",
  "w:keepLines",
  "w:pageBreakBefore",
  "w:framePr",
  "w:widowControl",
  "w:numPr",
  "w:suppressLineNumbers",
  "w:pBdr",
  "w:shd",
  "w:tabs",
  "w:suppressAutoHyphens",
  "w:kinsoku",
  "w:wordWrap",
  "w:overflowPunct",
  "w:topLinePunct",
  "w:autoSpaceDE",
  "w:autoSpaceDN",
  "w:bidi",
  "w:adjustRightInd",
  "w:snapToGrid",
  "w:spacing",
  "w:ind",
  "w:contextualSpacing",
  "w:mirrorIndents",
  "w:suppressOverlap",
  "w:jc",
  "w:textDirection",
  "w:textAlignment",
  "w:textboxTightWrap",
  "w:outlineLvl",
  "w:divId",
  "w:cnfStyle",
  "w:rPr",
  "w:sectPr",
  "w:pPrChange",
];

/** CT_RPr's children in schema order. */
export const RPR_ORDER = [
  "w:rStyle",
  "w:rFonts",
  "w:b",
  "w:bCs",
  "w:i",
  "w:iCs",
  "w:caps",
  "w:smallCaps",
  "w:strike",
  "w:dstrike",
  "w:outline",
  "w:shadow",
  "w:emboss",
  "w:imprint",
  "w:noProof",
  "w:snapToGrid",
  "w:vanish",
  "w:webHidden",
  "w:color",
  "w:spacing",
  "w:w",
  "w:kern",
  "w:position",
  "w:sz",
  "w:szCs",
  "w:highlight",
  "w:u",
  "w:effect",
  "w:bdr",
  "w:shd",
  "w:fitText",
  "w:vertAlign",
  "w:rtl",
  "w:cs",
  "w:em",
  "w:lang",
  "w:eastAsianLayout",
  "w:specVanish",
  "w:oMath",
  "w:ins",
  "w:del",
  "w:moveFrom",
  "w:moveTo",
  "w:rPrChange",
];

/** CT_ParaRPr (a paragraph mark's properties): its revision marks come first. */
export const MARK_RPR_ORDER = [
  "w:ins",
  "w:del",
  "w:moveFrom",
  "w:moveTo",
  ...RPR_ORDER.filter((n) => !["w:ins", "w:del", "w:moveFrom", "w:moveTo"].includes(n)),
];

/** CT_SectPr's children in schema order (header and footer references first). */
export const SECTPR_ORDER = [
  "w:headerReference",
  "w:footerReference",
  "w:footnotePr",
  "w:endnotePr",
  "w:type",
  "w:pgSz",
  "w:pgMar",
  "w:paperSrc",
  "w:pgBorders",
  "w:lnNumType",
  "w:pgNumType",
  "w:cols",
  "w:formProt",
  "w:vAlign",
  "w:noEndnote",
  "w:titlePg",
  "w:textDirection",
  "w:bidi",
  "w:rtlGutter",
  "w:docGrid",
  "w:printerSettings",
  "w:sectPrChange",
];
