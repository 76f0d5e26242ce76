/**
 * Characters Word puts into `text` that are not text: comment anchors (\u0005, office-js #2114),
 * field and object marks, the cell mark. Each maps to what the reader sees; most to nothing.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const MARKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const SHOWN: Record<string, string> = { "\u000b": " ", "\u001e": "-" };

/**
 * A paragraph's text as it reads: marks removed, a manual line break as a space, a non-breaking
 * hyphen as a hyphen.
 */
export function readableText(text: string): string {
  return text.replace(MARKS, (mark) => SHOWN[mark] ?? "");
}

/** Whether two texts have the same words, whatever separators and marks stand between them. */
export function sameWords(a: string, b: string): boolean {
  // eslint-disable-next-line no-control-regex -- separators and marks are control characters
  const strip = (t: string) => t.replace(/[\u0000-\u001f]/g, "");
  return strip(a) === strip(b);
}
