/**
 * Text as WPS gives it, turned into what the reader sees. A paragraph's Range.Text ends with its
 * mark (\r, or \r\u0007 at the end of a table cell); comment anchors, field and object marks
 * are control characters that read as nothing; a manual line break (\u000b) reads as a space.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const MARKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const SHOWN: Record<string, string> = { "\u000b": " ", "\u001e": "-" };

/** A paragraph's text without its closing mark, as it reads. */
export function paragraphText(rangeText: string): string {
  // eslint-disable-next-line no-control-regex -- the cell mark is a control character
  return readable(rangeText.replace(/\r\u0007?$/, ""));
}

/** Any range's text as it reads: paragraph marks as \n, other marks removed. */
export function readable(text: string): string {
  // eslint-disable-next-line no-control-regex -- the cell mark is a control character
  return text.replace(/\r\u0007?/g, "\n").replace(MARKS, (mark) => SHOWN[mark] ?? "");
}

/** WPS's Find, like Word's, takes ^ as the start of a special character even without wildcards. */
export function findText(text: string): string {
  return text.replace(/\^/g, "^^");
}

/** Find refuses longer text. */
export const MAX_FIND_LENGTH = 255;
