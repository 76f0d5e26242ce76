/** The document as the add-in sees it: plain paragraphs with a heading level. */

/** 0 is body text; 1 to 4 are heading levels (一、 （一） 1. （1）). */
export type HeadingLevel = 0 | 1 | 2 | 3 | 4;

/** Where a paragraph lives when it is not in the body; its findings say so. */
export type DocPart = "header" | "footer" | "footnote" | "endnote";

export interface DocParagraph {
  /** The paragraph's own text, without an automatic list number. */
  text: string;
  /** Heading level from a built-in heading style or the outline level; 0 when neither. */
  level: HeadingLevel;
  inTable: boolean;
  inList: boolean;
  /**
   * The number Word shows for an automatically numbered paragraph (一、 （二） 3.), which is not in
   * `text`: headings are read with it, but no edit may try to replace it.
   */
  label?: string;
  /**
   * Set for headers, footers and notes, which come after all body paragraphs; unset in the body.
   */
  part?: DocPart;
  /** How it looks, where the host read it (for the layout check). */
  format?: ParagraphFormat;
}

export type Alignment = "left" | "center" | "right" | "justify" | "distribute";

/**
 * A paragraph's formatting as it shows: each field unset where the host could not tell or it is
 * mixed.
 */
export interface ParagraphFormat {
  /** The East Asian typeface of most of its characters. */
  eastAsiaFont?: string;
  /** Points, of most of its characters. */
  sizePt?: number;
  /** Whether most of its characters are bold. */
  bold?: boolean;
  alignment?: Alignment;
  /** First-line indent: in characters when written so, else in points (negative: hanging). */
  firstLineChars?: number;
  firstLinePt?: number;
  /** Exact or at-least spacing in points, or a multiple of single spacing. */
  lineSpacing?: { rule: "exact" | "atLeast" | "multiple"; value: number };
  /**
   * The text run by run, where the host read runs: a run-in heading's words and the rest differ.
   */
  spans?: TextSpan[];
}

/** Consecutive characters with the same look. */
export interface TextSpan {
  length: number;
  eastAsiaFont?: string;
  sizePt?: number;
  bold?: boolean;
}

/** The page as the host read it (the last section's, which holds most of a report). */
export interface PageFormat {
  widthMm?: number;
  heightMm?: number;
  margins?: { topMm: number; bottomMm: number; leftMm: number; rightMm: number };
  /** The document grid, where lines snap to it: the line pitch, and characters a line when set. */
  grid?: { linePitchPt: number; charsPerLine?: number };
  /** What the footers show; unset when the host cannot read them. */
  pageNumbers?: PageNumbers;
}

export interface PageNumbers {
  /** A page-number field is in a footer. */
  present: boolean;
  /** The figure has a dash on each side (— 1 —). */
  dashed: boolean;
  /** Odd and even pages have footers of their own. */
  oddEven: boolean;
  /** Where odd (or all) and even pages put it. */
  oddAlignment?: Alignment;
  evenAlignment?: Alignment;
  sizePt?: number;
}

/** A place in the document: a paragraph index and a character offset inside it. */
export interface DocPosition {
  paragraph: number;
  offset: number;
}

export interface DocSelection {
  start: DocPosition;
  end: DocPosition;
  /** The selected text; empty for a bare cursor. */
  text: string;
  /**
   * The cursor is not in the body (a header, footer, note, text box or comment): start and end then
   * stand at the body's last paragraph, and nothing is inserted there as a block.
   */
  outsideBody?: true;
}

/** What a host could not read, so that the check does not speak with more certainty than it has. */
export interface ReadLimits {
  /**
   * Text deleted under track changes may be in the paragraphs: this Word cannot give the accepted
   * text.
   */
  deletedTextMayCount?: boolean;
  /** Text boxes are not read: a title or other text inside one is not in the paragraphs. */
  textBoxesUnread?: boolean;
  /** This Word gives the typeface of Latin text only: the East Asian typeface is not read. */
  eastAsiaFontUnread?: boolean;
  /**
   * This Word (or its office.js) gives no page setup: paper, margins, grid and page numbers are not
   * read.
   */
  pageUnread?: boolean;
}

export interface DocSnapshot {
  /** Body paragraphs first, then those of headers, footers and notes (each with its `part`). */
  paragraphs: DocParagraph[];
  selection: DocSelection;
  limits?: ReadLimits;
  /** The page setup and page numbers, where the host reads them. */
  page?: PageFormat;
}

/** What a paragraph is for, so a host can format it the way official documents look. */
export type ParagraphRole = "title" | "addressee" | "heading" | "body" | "closing" | "signature";

/** One paragraph of a block to insert. */
export interface BlockParagraph {
  text: string;
  level: HeadingLevel;
  role: ParagraphRole;
}

/** A character range in one paragraph. end is exclusive. */
export interface TextRange {
  paragraph: number;
  start: number;
  end: number;
}

/** Replace a range; expected is the text the range holds now, checked before writing. */
export interface TextEdit extends TextRange {
  expected: string;
  text: string;
}

/**
 * A comment to put on a range of body text; `expected` is what the range held when the document was
 * read.
 */
export interface CommentRequest extends TextRange {
  expected: string;
  /** The comment's text. */
  text: string;
}

/** A comment as a host holds it: where it is, by whom, and what it says. */
export interface DocComment {
  id: string;
  author: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export function isCollapsed(selection: DocSelection): boolean {
  return (
    selection.start.paragraph === selection.end.paragraph &&
    selection.start.offset === selection.end.offset
  );
}

export function bodyParagraph(text: string): DocParagraph {
  return { text, level: 0, inTable: false, inList: false };
}
