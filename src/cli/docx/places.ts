import type { ParagraphSource, RunSource, TextPiece } from "./source";

/**
 * A place in a part's XML where marks or text go (comment marks, a split after a run-in heading).
 * `split` says what must be closed before the marks and opened again after them: nothing (between
 * runs), the run, or the run and its w:t.
 */
export interface MarkPlace {
  offset: number;
  split?: { run: RunSource; text?: TextPiece };
}

/** The XML offset of the `count`-th character of a w:t's content (entities count as one). */
function rawOffset(
  xml: string,
  content: { start: number; end: number },
  count: number
): number | undefined {
  let at = content.start;
  for (let i = 0; i < count; i++) {
    if (at >= content.end || xml[at] === "<") return undefined;
    if (xml[at] === "&") {
      const close = xml.indexOf(";", at);
      const code = /^&#x?/.test(xml.slice(at, at + 3))
        ? parseInt(
            xml.slice(at + (xml[at + 2] === "x" ? 3 : 2), close),
            xml[at + 2] === "x" ? 16 : 10
          )
        : 0;
      // A reference to a character outside the BMP stands for two UTF-16 units.
      if (code > 0xffff) i++;
      at = close + 1;
    } else at += xml[at] === "\r" && xml[at + 1] === "\n" ? 2 : 1;
  }
  return at;
}

/** Inside a w:t, `count` characters in: the run and the w:t are split there. */
function inside(xml: string, piece: TextPiece, count: number): MarkPlace | undefined {
  if (!piece.content) return undefined;
  const offset = rawOffset(xml, piece.content, count);
  return offset === undefined ? undefined : { offset, split: { run: piece.run, text: piece } };
}

function beforePiece(piece: TextPiece): MarkPlace {
  return piece.index === 0
    ? { offset: piece.run.start }
    : { offset: piece.elementStart, split: { run: piece.run } };
}

function afterPiece(piece: TextPiece): MarkPlace {
  return piece.index === piece.run.children - 1
    ? { offset: piece.run.end }
    : { offset: piece.elementEnd, split: { run: piece.run } };
}

/** Just before the paragraph's character `k` (its end when k is its length). */
export function placeBefore(
  xml: string,
  source: ParagraphSource,
  k: number
): MarkPlace | undefined {
  const piece = source.pieces.find((p) => p.from <= k && k < p.to);
  if (!piece) return source.contentEnd < 0 ? undefined : { offset: source.contentEnd };
  return k === piece.from
    ? beforePiece(piece)
    : (inside(xml, piece, k - piece.from) ?? beforePiece(piece));
}

/** Just after the paragraph's character `k - 1` (its start when k is 0). */
export function placeAfter(xml: string, source: ParagraphSource, k: number): MarkPlace | undefined {
  const piece = source.pieces.find((p) => p.from < k && k <= p.to);
  if (!piece) return source.contentStart < 0 ? undefined : { offset: source.contentStart };
  return k === piece.to
    ? afterPiece(piece)
    : (inside(xml, piece, k - piece.from) ?? afterPiece(piece));
}
