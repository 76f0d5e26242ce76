import type { Rule } from "../types";
import { format } from "./format";
import { missingSection } from "./missingSection";
import { numbering } from "./numbering";
import { placeholder } from "./placeholder";
import { punctuation } from "./punctuation";
import { residue } from "./residue";
import { tifa } from "./tifa";
import { typo } from "./typo";
import { year } from "./year";
import { countMismatch } from "./countMismatch";
import { missingAspect } from "./missingAspect";
import { rectificationCount } from "./rectificationCount";
import { vagueProblem } from "./vagueProblem";
import { requiredTopic } from "./requiredTopic";
import { lengthRange } from "./lengthRange";

/** Every rule, in the order the checklist shows them. */
export const RULES: readonly Rule[] = [
  missingSection,
  missingAspect,
  requiredTopic,
  lengthRange,
  placeholder,
  tifa,
  typo,
  numbering,
  year,
  residue,
  punctuation,
  countMismatch,
  vagueProblem,
  rectificationCount,
  format,
];

/** A rule's title for people; its id when no rule has it. */
export function ruleTitle(id: string): string {
  return RULES.find((r) => r.id === id)?.title ?? id;
}
