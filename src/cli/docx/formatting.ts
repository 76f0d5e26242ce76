import type { Alignment, ParagraphFormat, TextSpan } from "../../core/document";
import { isOn } from "./xml";

/**
 * Run properties that the layout check reads, as one level (direct, a style, the defaults) writes
 * them.
 */
export interface RunProps {
  eastAsia?: string;
  /**
   * minorEastAsia or majorEastAsia: the theme's font, which wins over `eastAsia` when both are
   * given.
   */
  eastAsiaTheme?: string;
  sizePt?: number;
  bold?: boolean;
}

/** Paragraph properties that the layout check reads, as one level writes them. */
export interface ParaProps {
  alignment?: Alignment;
  indent?: { chars?: number; pt?: number };
  lineSpacing?: ParagraphFormat["lineSpacing"];
}

/** The theme's East Asian typefaces (theme1.xml), which eastAsiaTheme refers to. */
export interface ThemeFonts {
  minor?: string;
  major?: string;
}

const ALIGNMENTS: Record<string, Alignment> = {
  left: "left",
  start: "left",
  center: "center",
  right: "right",
  end: "right",
  both: "justify",
  distribute: "distribute",
};

/** Read one child of a w:rPr into `into`. */
export function readRunProperty(
  name: string,
  attributes: Record<string, string>,
  into: RunProps
): void {
  if (name === "w:rFonts") {
    if (attributes["w:eastAsia"] !== undefined) into.eastAsia = attributes["w:eastAsia"];
    if (attributes["w:eastAsiaTheme"] !== undefined)
      into.eastAsiaTheme = attributes["w:eastAsiaTheme"];
  } else if (name === "w:sz") {
    const half = Number(attributes["w:val"]);
    if (Number.isFinite(half) && half > 0) into.sizePt = half / 2;
  } else if (name === "w:b") into.bold = isOn(attributes);
}

const number = (value: string | undefined) =>
  value === undefined || value === "" ? undefined : Number(value);

/** Read one child of a w:pPr into `into`. */
export function readParagraphProperty(
  name: string,
  attributes: Record<string, string>,
  into: ParaProps
): void {
  if (name === "w:jc") {
    const alignment = ALIGNMENTS[attributes["w:val"] ?? ""];
    into.alignment = alignment ?? "justify";
  } else if (name === "w:ind") {
    const firstChars = number(attributes["w:firstLineChars"]);
    const hangingChars = number(attributes["w:hangingChars"]);
    const first = number(attributes["w:firstLine"]);
    const hanging = number(attributes["w:hanging"]);
    // Characters win over twips when both are written and not zero, as in Word.
    if (hangingChars) into.indent = { chars: -hangingChars / 100 };
    else if (firstChars) into.indent = { chars: firstChars / 100 };
    else if (hanging !== undefined) into.indent = { pt: -hanging / 20 };
    else if (first !== undefined) into.indent = { pt: first / 20 };
    else if (firstChars === 0 || hangingChars === 0) into.indent = { pt: 0 };
  } else if (name === "w:spacing") {
    const line = number(attributes["w:line"]);
    if (line === undefined || !Number.isFinite(line)) return;
    const rule = attributes["w:lineRule"] ?? "auto";
    into.lineSpacing =
      rule === "exact"
        ? { rule: "exact", value: line / 20 }
        : rule === "atLeast"
          ? { rule: "atLeast", value: line / 20 }
          : { rule: "multiple", value: line / 240 };
  }
}

/** The typeface a run shows for Chinese text, from its own or inherited properties. */
export function eastAsiaFont(levels: readonly RunProps[], theme: ThemeFonts): string | undefined {
  for (const level of levels) {
    if (level.eastAsiaTheme !== undefined)
      return level.eastAsiaTheme.startsWith("major") ? theme.major : theme.minor;
    if (level.eastAsia !== undefined) return level.eastAsia;
  }
  return undefined;
}

/** The first value a level sets, nearest first. */
export function inherited<T, K extends keyof T>(levels: readonly T[], key: K): T[K] | undefined {
  for (const level of levels) if (level[key] !== undefined) return level[key];
  return undefined;
}

/** A run's look from its own properties and those it inherits (paragraph style, defaults). */
export function spanOf(
  length: number,
  run: RunProps,
  inheritedLevels: readonly RunProps[],
  theme: ThemeFonts
): TextSpan {
  const levels = [run, ...inheritedLevels];
  const span: TextSpan = { length };
  const font = eastAsiaFont(levels, theme);
  if (font !== undefined) span.eastAsiaFont = font;
  const size = inherited(levels, "sizePt");
  span.sizePt = size ?? 10;
  span.bold = inherited(levels, "bold") ?? false;
  return span;
}

/** Add characters to a paragraph's spans, joining a span that looks the same as the last. */
export function addSpan(spans: TextSpan[], span: TextSpan): void {
  const last = spans[spans.length - 1];
  if (
    last &&
    last.eastAsiaFont === span.eastAsiaFont &&
    last.sizePt === span.sizePt &&
    last.bold === span.bold
  )
    last.length += span.length;
  else if (span.length > 0) spans.push(span);
}

/**
 * A paragraph's format: its spans, and its paragraph properties resolved along the levels. The
 * indent only from `indentLevels`: a list paragraph takes it from its list level, which is not
 * read.
 */
export function paragraphFormat(
  spans: TextSpan[],
  levels: readonly ParaProps[],
  indentLevels: readonly ParaProps[] | undefined
): ParagraphFormat {
  const format: ParagraphFormat = { spans };
  const alignment = inherited(levels, "alignment");
  format.alignment = alignment ?? "left";
  if (indentLevels) {
    const indent = inherited(indentLevels, "indent");
    if (indent?.chars !== undefined) format.firstLineChars = indent.chars;
    else format.firstLinePt = indent?.pt ?? 0;
  }
  format.lineSpacing = inherited(levels, "lineSpacing") ?? { rule: "multiple", value: 1 };
  return format;
}
