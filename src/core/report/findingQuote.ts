import type { Finding } from "../check/types";
import { escapeMarkup as h } from "../escapeMarkup";

/**
 * Characters quoted on either side of a finding, so a reader can find the spot in Word by its
 * words.
 */
const AROUND = 15;
/** A whole paragraph quoted (a layout finding) is shortened to this. */
const QUOTE_MAX = 30;

/** A finding with the words around it, for a report read away from the document. */
export interface QuotedFinding extends Finding {
  around?: { before: string; after: string };
}

/**
 * The findings with the text either side of each, taken from their paragraphs. A finding at a point
 * (a missing part, an automatic number) gets the words either side of that point, except at the
 * very start of the document, which its place already names (文首).
 */
export function withSurroundings(
  findings: readonly Finding[],
  paragraphs: readonly { text: string }[]
): QuotedFinding[] {
  return findings.map((f) => {
    const text = paragraphs[f.paragraph]?.text;
    if (text === undefined || text.trim() === "") return f;
    if (
      f.text === ""
        ? f.paragraph === 0 && f.start === 0 && !f.part
        : f.start === 0 && f.end === text.length
    )
      return f;
    const before =
      (f.start > AROUND ? "…" : "") + text.slice(Math.max(0, f.start - AROUND), f.start);
    const after = text.slice(f.end, f.end + AROUND) + (f.end + AROUND < text.length ? "…" : "");
    return { ...f, around: { before, after } };
  });
}

const short = (text: string) =>
  text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;

/**
 * The quote for a finding in the report: its text marked among its neighbours where known; a point
 * shown between the words either side.
 */
export function quoteHtml(f: QuotedFinding): string {
  if (f.around && f.text === "") {
    const { before, after } = f.around;
    const where = !after
      ? `在“${h(before)}”之后`
      : !before
        ? `在“${h(after)}”之前`
        : `在“${h(before)}”与“${h(after)}”之间`;
    return ` <span class="quote">${where}</span>`;
  }
  if (f.text === "") return "";
  if (f.around)
    return ` <span class="quote">“${h(f.around.before)}<mark>${h(f.text)}</mark>${h(f.around.after)}”</span>`;
  // The text alone, unless the message already quotes it.
  return f.message.includes(`“${f.text}”`)
    ? ""
    : ` <span class="quote">“${h(short(f.text))}”</span>`;
}
