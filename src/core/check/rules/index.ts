import type { Finding, Rule, RuleKind, RuleMeta, RuleRemedy } from "../types";
import type { Watcher } from "../watch";
import { format } from "./format";
import { missingSection } from "./missingSection";
import { numbering } from "./numbering";
import { placeholder } from "./placeholder";
import { punctuation } from "./punctuation";
import { residue } from "./residue";
import { formulation } from "./formulation";
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
  formulation,
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

/** What the shared watch pass looks for, by rule (see watch.ts). */
export const WATCHERS: readonly Watcher[] = RULES.map((r) => ({ id: r.id, watch: r.meta.watch }));

/** A rule's meta by its id; undefined for an id no rule has. */
export function ruleMeta(id: string): RuleMeta | undefined {
  return RULES.find((r) => r.id === id)?.meta;
}

/** A rule's title for people; its id when no rule has it. */
export function ruleTitle(id: string): string {
  return ruleMeta(id)?.title ?? id;
}

/** A finding's kind (content, structure, layout), read from its rule's meta. */
export function kindOf(finding: Pick<Finding, "rule">): RuleKind | undefined {
  return ruleMeta(finding.rule)?.kind;
}

/** What the writer does where a finding has no fix, read from its rule's meta. */
export function remedyOf(finding: Pick<Finding, "rule">): RuleRemedy | undefined {
  return ruleMeta(finding.rule)?.remedy;
}
