import type { PageTarget } from "../../core/layout/plan";
import { escapeMarkup } from "../../core/escapeMarkup";
import type { Child } from "./elements";
import { tagStart, walkXml } from "../docx/xml";
import { childrenOf, inSchemaOrder, openingAttributes, SECTPR_ORDER } from "./elements";

export interface FooterIds {
  odd: string;
  even: string;
}

const NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const FOOTER_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
export const FOOTER_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";

const twips = (pt: number) => Math.round(pt * 20);

/**
 * A section's properties set to the layout: A4, the margins, the document grid of 22 lines and 28
 * characters, and our page-number footers for odd and even pages (a default header is used for
 * even pages too, which otherwise would have none once odd and even pages differ). Without
 * `footers` the section keeps its own (they hold more than a page number).
 */
export function sectionProperties(
  sectPr: string,
  page: PageTarget,
  footers: FooterIds | undefined
): string {
  const children = childrenOf(sectPr);
  const refs = children.filter(
    (c) => c.name === "w:headerReference" || c.name === "w:footerReference"
  );
  if (!footers) return ordered(sectPr, refs, children, page);
  const typeOf = (c: Child) => /\sw:type="(\w+)"/.exec(c.xml)?.[1] ?? "default";
  const headers = refs.filter((c) => c.name === "w:headerReference");
  const defaultHeader = headers.find((c) => typeOf(c) === "default");
  if (defaultHeader && !headers.some((c) => typeOf(c) === "even")) {
    const id = /\br:id="([^"]+)"/.exec(defaultHeader.xml)?.[1];
    if (id)
      headers.push({
        name: "w:headerReference",
        xml: `<w:headerReference w:type="even" r:id="${id}"/>`,
      });
  }
  const firstFooter = refs.filter((c) => c.name === "w:footerReference" && typeOf(c) === "first");
  const ourFooters = [
    { name: "w:footerReference", xml: `<w:footerReference w:type="even" r:id="${footers.even}"/>` },
    {
      name: "w:footerReference",
      xml: `<w:footerReference w:type="default" r:id="${footers.odd}"/>`,
    },
  ];
  return ordered(sectPr, [...headers, ...firstFooter, ...ourFooters], children, page);
}

/**
 * The section's references, then its other properties with the page setup and grid set, in schema
 * order.
 */
function ordered(sectPr: string, references: Child[], children: Child[], page: PageTarget): string {
  const { margins } = page;
  const pgMar = children.find((c) => c.name === "w:pgMar")?.xml ?? "";
  const header = /\sw:header="(\d+)"/.exec(pgMar)?.[1] ?? "851";
  const set = new Map<string, string>([
    ["w:pgSz", `<w:pgSz w:w="${twips(page.widthPt)}" w:h="${twips(page.heightPt)}"/>`],
    [
      "w:pgMar",
      `<w:pgMar w:top="${twips(margins.top)}" w:right="${twips(margins.right)}" w:bottom="${twips(margins.bottom)}" w:left="${twips(margins.left)}" w:header="${header}" w:footer="${twips(page.footerPt)}" w:gutter="0"/>`,
    ],
    [
      "w:docGrid",
      `<w:docGrid w:type="linesAndChars" w:linePitch="${twips(page.linePitchPt)}" w:charSpace="${page.gridCharSpace}"/>`,
    ],
  ]);
  const rest = children.filter(
    (c) => c.name !== "w:headerReference" && c.name !== "w:footerReference" && !set.has(c.name)
  );
  const others = [...rest, ...[...set].map(([name, xml]) => ({ name, xml }))];
  const all = [...references, ...inSchemaOrder(others, SECTPR_ORDER)];
  return `<w:sectPr${openingAttributes(sectPr)}>${all.map((c) => c.xml).join("")}</w:sectPr>`;
}

/** A page-number footer: — PAGE — in the page number's typeface, outer side, one character in. */
export function footerXml(pageNumber: PageTarget["pageNumber"], odd: boolean): string {
  const { font, sizePt, dash, indentPt } = pageNumber;
  const name = escapeMarkup(font);
  const half = Math.round(sizePt * 2);
  const rPr = `<w:rPr><w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:eastAsia="${name}" w:cs="${name}"/><w:sz w:val="${half}"/><w:szCs w:val="${half}"/></w:rPr>`;
  const run = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
  const indent = twips(indentPt);
  const pPr = `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind ${odd ? `w:right="${indent}"` : `w:left="${indent}"`} w:firstLine="0"/><w:jc w:val="${odd ? "right" : "left"}"/>${rPr}</w:pPr>`;
  const field = [
    run('<w:fldChar w:fldCharType="begin"/>'),
    run('<w:instrText xml:space="preserve"> PAGE </w:instrText>'),
    run('<w:fldChar w:fldCharType="separate"/>'),
    run(`<w:t>${odd ? 1 : 2}</w:t>`),
    run('<w:fldChar w:fldCharType="end"/>'),
  ].join("");
  const body = `<w:p>${pPr}${run(`<w:t xml:space="preserve">${dash} </w:t>`)}${field}${run(`<w:t xml:space="preserve"> ${dash}</w:t>`)}</w:p>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:ftr xmlns:w="${NS_W}" xmlns:r="${NS_R}">${body}</w:ftr>`;
}

/**
 * Settings that come after w:evenAndOddHeaders in CT_Settings: it goes before the first of them.
 */
const AFTER_EVEN_ODD = [
  "w:bookFoldRevPrinting",
  "w:bookFold",
  "w:bookFoldPrintingSheets",
  "w:drawingGridHorizontalSpacing",
  "w:drawingGridVerticalSpacing",
  "w:displayHorizontalDrawingGridEvery",
  "w:displayVerticalDrawingGridEvery",
  "w:doNotUseMarginsForDrawingGridOrigin",
  "w:drawingGridHorizontalOrigin",
  "w:drawingGridVerticalOrigin",
  "w:doNotShadeFormData",
  "w:noPunctuationKerning",
  "w:characterSpacingControl",
  "w:printTwoOnOne",
  "w:strictFirstAndLastChars",
  "w:noLineBreaksAfter",
  "w:noLineBreaksBefore",
  "w:savePreviewPicture",
  "w:doNotValidateAgainstSchema",
  "w:saveInvalidXml",
  "w:ignoreMixedContent",
  "w:alwaysShowPlaceholderText",
  "w:doNotDemarcateInvalidXml",
  "w:saveXmlDataOnly",
  "w:useXSLTWhenSaving",
  "w:saveThroughXslt",
  "w:showXMLTags",
  "w:alwaysMergeEmptyNamespace",
  "w:updateFields",
  "w:hdrShapeDefaults",
  "w:footnotePr",
  "w:endnotePr",
  "w:compat",
  "w:docVars",
  "w:rsids",
  "m:mathPr",
  "w:attachedSchema",
  "w:themeFontLang",
  "w:clrSchemeMapping",
  "w:doNotIncludeSubdocsInStats",
  "w:doNotAutoCompressPictures",
  "w:forceUpgrade",
  "w:captions",
  "w:readModeInkLockDown",
  "w:smartTagType",
  "sl:schemaLibrary",
  "w:shapeDefaults",
  "w:doNotEmbedSmartTags",
  "w:decimalSymbol",
  "w:listSeparator",
];

/** Settings with odd and even pages having footers of their own. */
export function withOddEvenPages(settings: string | undefined): string {
  if (settings === undefined)
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:settings xmlns:w="${NS_W}"><w:evenAndOddHeaders/></w:settings>`;
  let existing: { start: number; end: number; closed?: boolean } | undefined;
  let before = -1;
  let rootEnd = -1;
  walkXml(settings, "word/settings.xml", {
    open: (name, _a, path, end) => {
      if (path.length === 0) rootEnd = end;
      else if (path.length === 1 && name === "w:evenAndOddHeaders")
        existing ??= { start: tagStart(settings, end), end };
      else if (path.length === 1 && before === -1 && AFTER_EVEN_ODD.includes(name))
        before = tagStart(settings, end);
    },
    close: (name, path, end) => {
      if (path.length === 1 && name === "w:evenAndOddHeaders" && existing && !existing.closed)
        Object.assign(existing, { end, closed: true });
      else if (path.length === 0 && before === -1) before = tagStart(settings, end);
    },
    text: () => {},
  });
  if (existing)
    return `${settings.slice(0, existing.start)}<w:evenAndOddHeaders/>${settings.slice(existing.end)}`;
  // A root written <w:settings/> has no inside: it is opened.
  if (before === -1 || before < rootEnd)
    return rootEnd === -1
      ? settings
      : `${settings.slice(0, rootEnd - 2)}><w:evenAndOddHeaders/></w:settings>${settings.slice(rootEnd)}`;
  return `${settings.slice(0, before)}<w:evenAndOddHeaders/>${settings.slice(before)}`;
}
