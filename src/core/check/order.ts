import type { Finding } from "./types";

/** Findings in document order: by paragraph, then by where they start. */
export function byDocumentOrder(a: Finding, b: Finding): number {
  return a.paragraph - b.paragraph || a.start - b.start;
}
