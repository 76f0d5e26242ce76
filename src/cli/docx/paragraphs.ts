import type { DocPart, DocParagraph, TextSpan } from "../../core/document";
import type { ParaProps, RunProps } from "./formatting";
import {
  addSpan,
  paragraphFormat,
  readParagraphProperty,
  readRunProperty,
  spanOf,
} from "./formatting";
import type { ListNumbering } from "./numbering";
import type { ParagraphSource } from "./source";
import { joinSources, SourceRecorder } from "./source";
import type { StyleSheet } from "./styles";
import { outlineToLevel } from "./styles";
import { isOn, tagStart, walkXml } from "./xml";

/**
 * Content that is not in the text as it reads once every tracked change is accepted (deletions,
 * the old side of a move, the old properties of a formatting change), or that is no text at all
 * (field codes, a content control's settings, the second copy of an alternate content).
 */
const SKIPPED = new Set([
  "w:del",
  "w:moveFrom",
  "w:delText",
  "w:instrText",
  "w:delInstrText",
  "mc:Fallback",
  "w:sdtPr",
  "w:pPrChange",
  "w:rPrChange",
  "w:sectPrChange",
  "w:tblPrChange",
  "w:tblPrExChange",
  "w:trPrChange",
  "w:tcPrChange",
  "w:tblGridChange",
  "w:numberingChange",
]);

/** Separator and continuation notes Word keeps in footnotes.xml: lines, not notes. */
const NOTE_KINDS_SKIPPED = new Set(["separator", "continuationSeparator", "continuationNotice"]);

/** Characters of run content that is not w:t. */
function runCharacter(name: string, attributes: Record<string, string>): string | undefined {
  switch (name) {
    case "w:tab":
    case "w:ptab":
      return "\t";
    case "w:br":
      // A line break reads as a space so the words on both sides stay apart; a page break is
      // nothing.
      return attributes["w:type"] === "page" || attributes["w:type"] === "column" ? "" : " ";
    case "w:cr":
      return " ";
    case "w:noBreakHyphen":
      return "-";
    case "w:softHyphen":
      return "";
    case "w:sym": {
      const code = parseInt(attributes["w:char"] ?? "", 16);
      if (Number.isNaN(code)) return "";
      // Symbol fonts map their characters to F000–F0FF; the low byte is the character meant.
      return String.fromCodePoint(code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code);
    }
    default:
      return undefined;
  }
}

interface Output {
  paragraphs: DocParagraph[];
  /** A paragraph whose mark was deleted: it joins the next one. */
  carry?: DocParagraph;
}

interface OpenParagraph {
  text: string;
  style?: string;
  outline?: number;
  numId?: string;
  ilvl?: number;
  markDeleted: boolean;
  label?: string;
  labelled: boolean;
  hidden: boolean;
  inTable: boolean;
  /** Paragraphs of text boxes anchored in this one after some of its text: they follow it. */
  boxes: Output;
  /**
   * Paragraphs of text boxes anchored at its start, before any of its text (where Word and WPS put
   * a title's box): they come before it.
   */
  before: Output;
  source?: ParagraphSource;
  /** Its own paragraph properties, and its text's look run by run. */
  props: ParaProps;
  spans: TextSpan[];
  runLevels?: RunProps[];
}

/** Where each paragraph read stands in the XML; kept only when asked for. */
export type SourceMap = Map<DocParagraph, ParagraphSource>;

function emit(
  out: Output,
  paragraph: DocParagraph,
  markDeleted: boolean,
  boxes: { before: DocParagraph[]; after: DocParagraph[] },
  sources?: SourceMap
): void {
  let p = paragraph;
  const carry = out.carry;
  out.carry = undefined;
  let after = boxes.after;
  if (carry && carry.inTable === p.inTable) {
    p = { ...p, text: carry.text + p.text };
    if (carry.format && p.format)
      p.format = {
        ...carry.format,
        spans: [...(carry.format.spans ?? []), ...(p.format.spans ?? [])],
      };
    const [first, second] = [sources?.get(carry), sources?.get(paragraph)];
    if (first && second) sources!.set(p, joinSources(first, second, carry.text.length));
    // Joined, its start is inside the text: boxes anchored there follow it.
    after = [...boxes.before, ...after];
  } else {
    if (carry) out.paragraphs.push(carry);
    out.paragraphs.push(...boxes.before);
  }
  if (markDeleted) out.carry = p;
  else out.paragraphs.push(p);
  out.paragraphs.push(...after);
}

function flush(out: Output): DocParagraph[] {
  if (out.carry) out.paragraphs.push(out.carry);
  out.carry = undefined;
  return out.paragraphs;
}

const endsWith = (path: readonly string[], ...names: string[]) =>
  names.every((n, i) => path[path.length - names.length + i] === n);

/**
 * The paragraphs of one part (document.xml, a header, footer or the notes), as they read after
 * acceptance of all tracked changes: list numbers rendered as labels, text-box paragraphs after the
 * paragraph that anchors them (before it when anchored ahead of all its text), heading levels from
 * the paragraph or its style. With `sources`, where each paragraph's text stands in the XML is
 * recorded there.
 */
export function readParagraphs(
  xml: string,
  partName: string,
  styles: StyleSheet,
  lists: ListNumbering,
  part?: DocPart,
  sources?: SourceMap
): DocParagraph[] {
  const recorder = sources ? new SourceRecorder(xml, partName) : undefined;
  const body: Output = { paragraphs: [] };
  const open: OpenParagraph[] = [];
  let skipping = 0;
  let tables = 0;
  let inHiddenRun = false;
  let runProps: RunProps = {};
  const current = () => open[open.length - 1];
  /** Characters added to a paragraph's text: their look goes into its spans. */
  const styled = (p: OpenParagraph, length: number) => {
    p.runLevels ??= styles.runLevels(p.style);
    addSpan(p.spans, spanOf(length, runProps, p.runLevels, styles.theme));
  };

  const numberParagraph = (p: OpenParagraph) => {
    if (p.labelled) return;
    p.labelled = true;
    if (p.markDeleted) return;
    const own = p.numId !== undefined ? { numId: p.numId, ilvl: p.ilvl } : undefined;
    const reference = own ?? styles.numbering(p.style);
    if (reference) p.label = lists.next({ ...reference, ilvl: reference.ilvl ?? p.ilvl }, p.style);
  };

  walkXml(xml, partName, {
    open: (name, attributes, path, end) => {
      if (skipping > 0) {
        skipping++;
        return;
      }
      const p = current();
      if (recorder && path[path.length - 1] === "w:r") recorder.runChild(name, end);
      if (name === "w:del" || name === "w:moveFrom") {
        // A deleted paragraph mark: the paragraph joins the next.
        if (p && endsWith(path, "w:pPr", "w:rPr")) p.markDeleted = true;
        skipping = 1;
        return;
      }
      if (
        SKIPPED.has(name) ||
        ((name === "w:footnote" || name === "w:endnote") &&
          NOTE_KINDS_SKIPPED.has(attributes["w:type"] ?? ""))
      ) {
        skipping = 1;
        return;
      }
      switch (name) {
        case "w:p":
          open.push({
            text: "",
            markDeleted: false,
            labelled: false,
            hidden: false,
            inTable: tables > 0,
            boxes: { paragraphs: [] },
            before: { paragraphs: [] },
            source: recorder?.paragraph(end),
            props: {},
            spans: [],
          });
          return;
        case "w:tbl":
          tables++;
          return;
        case "w:r":
          inHiddenRun = false;
          runProps = {};
          recorder?.runOpened(end);
          return;
        case "w:vanish":
          if (endsWith(path, "w:r", "w:rPr")) inHiddenRun = isOn(attributes);
          return;
      }
      if (endsWith(path, "w:r", "w:rPr")) readRunProperty(name, attributes, runProps);
      if (!p) return;
      const value = attributes["w:val"];
      if (endsWith(path, "w:p", "w:pPr")) {
        if (name === "w:pStyle") p.style = value;
        else if (name === "w:outlineLvl") p.outline = Number(value);
        else readParagraphProperty(name, attributes, p.props);
      } else if (endsWith(path, "w:pPr", "w:numPr")) {
        if (name === "w:numId") p.numId = value;
        else if (name === "w:ilvl") p.ilvl = Number(value);
      } else if (path[path.length - 1] === "w:r" && !inHiddenRun) {
        const character = runCharacter(name, attributes);
        if (character !== undefined) {
          if (p.source) recorder!.character(p.source, p.text.length, character.length, end);
          p.text += character;
          styled(p, character.length);
        } else if (name === "w:t" && p.source) recorder!.textOpened(p.source, p.text.length, end);
      }
    },
    close: (name, path, end) => {
      if (skipping > 0) {
        skipping--;
        return;
      }
      if (recorder) closeSource(recorder, current(), name, path, end);
      if (name === "w:tbl") tables--;
      else if (name === "w:pPr" && path[path.length - 1] === "w:p") numberParagraph(current()!);
      else if (name === "w:p") {
        const p = open.pop()!;
        numberParagraph(p);
        const level =
          p.outline !== undefined && !Number.isNaN(p.outline)
            ? outlineToLevel(p.outline)
            : styles.level(p.style);
        const paragraph: DocParagraph = {
          text: p.text,
          level,
          inTable: p.inTable,
          inList: p.label !== undefined,
        };
        const listed = p.numId !== undefined || styles.numbering(p.style) !== undefined;
        const levels = [p.props, ...styles.paraLevels(p.style)];
        paragraph.format = paragraphFormat(
          p.spans,
          levels,
          !listed ? levels : p.props.indent ? [p.props] : undefined
        );
        if (p.label !== undefined) paragraph.label = p.label;
        if (part) paragraph.part = part;
        const parent = current();
        if (p.source) sources!.set(paragraph, p.source);
        const into = !parent ? body : parent.text.trim() === "" ? parent.before : parent.boxes;
        emit(
          into,
          paragraph,
          p.markDeleted,
          { before: flush(p.before), after: flush(p.boxes) },
          sources
        );
      }
    },
    text: (text, path) => {
      if (skipping > 0 || inHiddenRun || path[path.length - 1] !== "w:t") return;
      const p = current();
      if (!p) return;
      p.text += text;
      styled(p, text.length);
    },
  });
  return flush(body);
}

/** Where an element that closes ends, for the source of the paragraph it is in. */
function closeSource(
  recorder: SourceRecorder,
  p: OpenParagraph | undefined,
  name: string,
  path: readonly string[],
  end: number
): void {
  const parent = path[path.length - 1];
  if (name === "w:r") recorder.runClosed(end);
  else if (parent === "w:r" && name === "w:rPr") recorder.rPrClosed(end);
  else if (parent === "w:r" && p) recorder.pieceClosed(p.text.length, end);
  else if (parent === "w:p" && name === "w:pPr" && p?.source) p.source.contentStart = end;
  else if (name === "w:p" && p?.source) {
    // A self-closing paragraph has no inside where a mark could go.
    const empty = p.source.contentStart === end;
    p.source.contentStart = empty ? -1 : p.source.contentStart;
    p.source.contentEnd = empty ? -1 : tagStart(recorder.xml, end);
  }
}
