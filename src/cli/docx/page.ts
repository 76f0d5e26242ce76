import type { Alignment, PageFormat, PageNumbers } from "../../core/document";
import { inherited, readParagraphProperty, readRunProperty } from "./formatting";
import type { ParaProps, RunProps } from "./formatting";
import { mmToPt, twipsToMm } from "../../core/layout/geometry";
import { isDashed, onlyPageNumberText } from "../../core/layout/pageNumberText";
import type { Relationship } from "./relationships";
import type { StyleSheet } from "./styles";
import { isOn, walkXml } from "./xml";

/** The section properties of the document's last section: the one that holds most of a report. */
interface Section {
  width?: number;
  height?: number;
  margins?: { top: number; bottom: number; left: number; right: number };
  grid?: { type: string; linePitch?: number; charSpace?: number };
  footers: Map<string, string>;
}

const twips = (value: string | undefined) => (value === undefined ? undefined : Number(value));

function lastSection(xml: string, part: string): Section | undefined {
  let section: Section | undefined;
  walkXml(xml, part, {
    open: (name, a, path) => {
      if (name === "w:sectPr" && path[path.length - 1] === "w:body")
        section = { footers: new Map() };
      if (!section || path[path.length - 1] !== "w:sectPr" || path[path.length - 2] !== "w:body")
        return;
      if (name === "w:pgSz") [section.width, section.height] = [twips(a["w:w"]), twips(a["w:h"])];
      else if (name === "w:pgMar")
        section.margins = {
          top: Math.abs(Number(a["w:top"] ?? 1440)),
          bottom: Math.abs(Number(a["w:bottom"] ?? 1440)),
          left: Number(a["w:left"] ?? 1800),
          right: Number(a["w:right"] ?? 1800),
        };
      else if (name === "w:docGrid")
        section.grid = {
          type: a["w:type"] ?? "default",
          linePitch: twips(a["w:linePitch"]),
          charSpace: twips(a["w:charSpace"]),
        };
      else if (name === "w:footerReference" && a["r:id"])
        section.footers.set(a["w:type"] ?? "default", a["r:id"]);
    },
    close: () => {},
    text: () => {},
  });
  return section;
}

/** A footer paragraph as far as page numbers go. */
interface FooterParagraph {
  text: string;
  page: boolean;
  alignment?: Alignment;
  /** A frame or text box placed outside, right or left holds the number. */
  placed?: string;
  sizePt?: number;
}

/**
 * Whether a footer holds nothing but a page number (— 1 —, 第 1 页 共 3 页): ours may replace it.
 */
export function onlyPageNumber(xml: string, part: string, styles: StyleSheet): boolean {
  return footerParagraphs(xml, part, styles).every((p) => onlyPageNumberText(p.text));
}

/**
 * The paragraphs of a footer with their text, whether they hold a PAGE field, and where they stand.
 */
function footerParagraphs(xml: string, part: string, styles: StyleSheet): FooterParagraph[] {
  const found: FooterParagraph[] = [];
  const open: { p: FooterParagraph; props: ParaProps; style?: string; run: RunProps }[] = [];
  let skipping = 0;
  let inInstruction = false;
  walkXml(xml, part, {
    open: (name, a, path) => {
      if (skipping || name === "mc:Fallback" || name === "w:del") {
        skipping++;
        return;
      }
      const current = open[open.length - 1];
      const parent = path[path.length - 1];
      if (name === "w:p") open.push({ p: { text: "", page: false }, props: {}, run: {} });
      else if (!current) return;
      else if (name === "w:pStyle" && parent === "w:pPr") current.style = a["w:val"];
      else if (name === "w:framePr") current.p.placed = a["w:xAlign"];
      else if (parent === "w:pPr") readParagraphProperty(name, a, current.props);
      else if (parent === "w:rPr" && path[path.length - 2] === "w:r")
        readRunProperty(name, a, current.run);
      else if (name === "w:r") current.run = {};
      else if (name === "w:instrText") inInstruction = true;
      else if (name === "w:fldSimple" && /\bPAGE\b/.test(a["w:instr"] ?? "")) current.p.page = true;
    },
    close: (name) => {
      if (skipping) {
        skipping--;
        return;
      }
      if (name === "w:instrText") inInstruction = false;
      if (name === "w:p") {
        const { p, props, style } = open.pop()!;
        const alignment = inherited([props, ...styles.paraLevels(style)], "alignment");
        if (alignment) p.alignment = alignment;
        found.push(p);
      }
    },
    text: (text, path) => {
      const current = open[open.length - 1];
      const parent = path[path.length - 1];
      if (!current || skipping) return;
      if (inInstruction && /\bPAGE\b/.test(text)) current.p.page = true;
      if (parent === "w:t") {
        current.p.text += text;
        if (/\d/.test(text))
          current.p.sizePt =
            inherited([current.run, ...styles.runLevels(current.style)], "sizePt") ?? 10;
      }
    },
  });
  // The position of a text box holding the number (wp:positionH/wp:align) is read from the raw XML.
  const align = /<wp:positionH\b[^>]*>\s*<wp:align>(\w+)<\/wp:align>/.exec(xml)?.[1];
  if (align) for (const p of found) if (p.page && !p.placed) p.placed = align;
  return found;
}

function alignmentOf(p: FooterParagraph, odd: boolean): Alignment | undefined {
  if (p.placed === "outside") return odd ? "right" : "left";
  if (p.placed === "inside") return odd ? "left" : "right";
  if (p.placed === "right" || p.placed === "left" || p.placed === "center") return p.placed;
  return p.alignment;
}

/** What the footers of the last section show as page numbers. */
function pageNumbers(
  section: Section,
  rels: readonly Relationship[],
  parts: ReadonlyMap<string, string>,
  styles: StyleSheet,
  oddEvenSetting: boolean
): PageNumbers {
  const numberIn = (type: string) => {
    const id = section.footers.get(type);
    const part = rels.find((r) => r.id === id)?.part;
    const xml = part === undefined ? undefined : parts.get(part);
    return xml === undefined ? undefined : footerParagraphs(xml, part!, styles).find((p) => p.page);
  };
  const odd = numberIn("default");
  const even = oddEvenSetting ? numberIn("even") : undefined;
  const any = odd ?? even ?? numberIn("first");
  if (!any) return { present: false, dashed: false, oddEven: false };
  const outside = odd?.placed === "outside" || odd?.placed === "inside";
  const numbers: PageNumbers = {
    present: true,
    dashed: isDashed(any.text),
    oddEven: (oddEvenSetting && even !== undefined) || outside,
  };
  const oddAlignment = odd && alignmentOf(odd, true);
  const evenAlignment = even
    ? alignmentOf(even, false)
    : outside
      ? alignmentOf(odd!, false)
      : undefined;
  if (oddAlignment) numbers.oddAlignment = oddAlignment;
  if (evenAlignment) numbers.evenAlignment = evenAlignment;
  if (any.sizePt !== undefined) numbers.sizePt = any.sizePt;
  return numbers;
}

/**
 * Whether the settings give odd and even pages headers and footers of their own
 * (w:evenAndOddHeaders).
 */
function evenAndOddHeaders(settingsXml: string): boolean {
  let on = false;
  walkXml(settingsXml, "word/settings.xml", {
    open: (name, attributes, path) => {
      if (name === "w:evenAndOddHeaders" && path.length === 1) on = isOn(attributes);
    },
    close: () => {},
    text: () => {},
  });
  return on;
}

/** The page setup of the last section, its document grid, and its page numbers. */
export function readPage(
  documentXml: string,
  documentName: string,
  rels: readonly Relationship[],
  parts: ReadonlyMap<string, string>,
  styles: StyleSheet,
  settingsXml: string | undefined
): PageFormat {
  const section = lastSection(documentXml, documentName);
  const oddEven = settingsXml !== undefined && evenAndOddHeaders(settingsXml);
  if (!section) return { pageNumbers: { present: false, dashed: false, oddEven: false } };
  const page: PageFormat = {};
  // Word's defaults where the section leaves a value out: US Letter, 1 inch and 1.25 inch margins.
  page.widthMm = twipsToMm(section.width ?? 12240);
  page.heightMm = twipsToMm(section.height ?? 15840);
  const m = section.margins ?? { top: 1440, bottom: 1440, left: 1800, right: 1800 };
  page.margins = {
    topMm: twipsToMm(m.top),
    bottomMm: twipsToMm(m.bottom),
    leftMm: twipsToMm(m.left),
    rightMm: twipsToMm(m.right),
  };
  const grid = section.grid;
  if (grid && grid.type !== "default" && grid.linePitch) {
    page.grid = { linePitchPt: grid.linePitch / 20 };
    if (grid.type === "linesAndChars" || grid.type === "snapToChars") {
      const size = inherited(styles.runLevels(undefined), "sizePt") ?? 10;
      // LibreOffice writes a negative charSpace as an unsigned 32-bit number (4294966271 for
      // -1025).
      const raw = grid.charSpace ?? 0;
      const charSpace = raw >= 2 ** 31 ? raw - 2 ** 32 : raw;
      const pitch = size + charSpace / 4096;
      const width = mmToPt(page.widthMm - page.margins.leftMm - page.margins.rightMm);
      page.grid.charsPerLine = Math.floor(width / pitch + 1e-6);
    }
  }
  page.pageNumbers = pageNumbers(section, rels, parts, styles, oddEven);
  return page;
}
