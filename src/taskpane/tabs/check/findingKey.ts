import type { Finding } from "../../../core/check/types";

/** A finding's identity across checks: the same problem at the same place keeps its key. */
export function findingKey(f: Finding): string {
  return `${f.paragraph}:${f.start}:${f.rule}:${f.text}`;
}
