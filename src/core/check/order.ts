import type { Finding } from "./types";

/** Findings in document order: by paragraph, then by where they start. */
export function inDocumentOrder(a: Finding, b: Finding): number {
  return a.paragraph - b.paragraph || a.start - b.start;
}
