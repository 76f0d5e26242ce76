/**
 * Characters that would break a terminal's lines or reorder them: controls, line separators,
 * direction marks.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * A file name as printed on a terminal: each such character written as an escape (\n, \u{200F}).
 */
export function shownName(name: string): string {
  return name.replace(
    UNSAFE,
    (c) => NAMED[c] ?? `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`
  );
}

/**
 * JSON for a terminal or a file: direction marks and line separators escaped too (JSON.parse reads
 * them back).
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
