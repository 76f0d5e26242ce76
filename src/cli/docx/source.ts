import { tagStart } from "./xml";

/**
 * Where a paragraph's text stands in its part's XML, so that a later writer can mark exact spans
 * (comments) without parsing again. Offsets are UTF-16 offsets into the part's decoded string.
 */

/** A run (w:r) that holds text. */
export interface RunSource {
  /** Offset of `<w:r`. */
  start: number;
  /** Offset just after `</w:r>`. */
  end: number;
  /** The run's properties as written (`<w:rPr>…</w:rPr>`), empty when it has none. */
  rPr: string;
  /** Children other than w:rPr, counted as they are met. */
  children: number;
}

/** One stretch of a paragraph's text: a w:t's content or one run character (a tab, a symbol). */
export interface TextPiece {
  /** The stretch in the paragraph's text. */
  from: number;
  to: number;
  run: RunSource;
  /** Its position among the run's children (w:rPr not counted). */
  index: number;
  /** The element: `<w:t …>` up to just after `</w:t>`. */
  elementStart: number;
  elementEnd: number;
  /** For w:t: its content between the tags, as written (entities not yet decoded). */
  content?: { start: number; end: number };
}

export interface ParagraphSource {
  /** The part's name in the archive (word/document.xml, word/footnotes.xml). */
  part: string;
  /** Just after the `<w:p …>` tag: where its w:pPr starts when it has one. */
  openEnd: number;
  pieces: TextPiece[];
  /** Just after `<w:p>` or its `</w:pPr>`: where a mark at the paragraph's start goes. */
  contentStart: number;
  /** Offset of `</w:p>`: where a mark at its end goes. */
  contentEnd: number;
}

/** Records sources while readParagraphs walks one part. */
export class SourceRecorder {
  private runs: RunSource[] = [];
  private rPrStart = -1;
  private openPiece?: TextPiece;

  constructor(
    readonly xml: string,
    readonly part: string
  ) {}

  paragraph(end: number): ParagraphSource {
    return { part: this.part, openEnd: end, pieces: [], contentStart: end, contentEnd: end };
  }

  runOpened(end: number): void {
    this.runs.push({ start: tagStart(this.xml, end), end: -1, rPr: "", children: 0 });
  }

  runClosed(end: number): void {
    const run = this.runs.pop();
    if (run) run.end = end;
  }

  /** An element directly inside a run opens; w:rPr is kept as written, others are counted. */
  runChild(name: string, end: number): void {
    const run = this.runs[this.runs.length - 1];
    if (!run) return;
    if (name === "w:rPr") this.rPrStart = tagStart(this.xml, end);
    else run.children++;
  }

  rPrClosed(end: number): void {
    const run = this.runs[this.runs.length - 1];
    if (run && this.rPrStart >= 0) run.rPr = this.xml.slice(this.rPrStart, end);
    this.rPrStart = -1;
  }

  /** A run character (tab, symbol) of `length` at `from`; the element was just opened. */
  character(source: ParagraphSource, from: number, length: number, end: number): void {
    const run = this.runs[this.runs.length - 1];
    if (!run || length === 0) return;
    this.openPiece = {
      from,
      to: from + length,
      run,
      index: run.children - 1,
      elementStart: tagStart(this.xml, end),
      elementEnd: end,
    };
    source.pieces.push(this.openPiece);
  }

  textOpened(source: ParagraphSource, from: number, end: number): void {
    const run = this.runs[this.runs.length - 1];
    if (!run) return;
    this.openPiece = {
      from,
      to: from,
      run,
      index: run.children - 1,
      elementStart: tagStart(this.xml, end),
      elementEnd: end,
      content: { start: end, end },
    };
    source.pieces.push(this.openPiece);
  }

  /** The element of the last piece closes: its text ends at `to`. */
  pieceClosed(to: number, end: number): void {
    const piece = this.openPiece;
    if (!piece) return;
    this.openPiece = undefined;
    piece.elementEnd = end;
    if (piece.content) {
      piece.to = to;
      piece.content.end = tagStart(this.xml, end);
    }
  }
}

/**
 * Two sources read as one paragraph (a deleted paragraph mark joins them): the second's pieces
 * shift.
 */
export function joinSources(
  first: ParagraphSource,
  second: ParagraphSource,
  shift: number
): ParagraphSource {
  return {
    part: first.part,
    openEnd: first.openEnd,
    pieces: [
      ...first.pieces,
      ...second.pieces.map((p) => ({ ...p, from: p.from + shift, to: p.to + shift })),
    ],
    contentStart: first.contentStart,
    contentEnd: second.contentEnd,
  };
}
