import { FormulationMatcher } from "../../formulation";
import { RangeIndex } from "../../formulation/ranges";
import type { FormulationDeviation } from "../../formulation";
import { formulationCitation } from "../../formulation/citation";
import { HistoricalMatcher } from "../../formulation/historical";
import { shippedMatchers } from "../../formulation/shipped";
import type { HistoricalMatch } from "../../formulation/historical";
import type { FormulationMatchers } from "../../formulation/shipped";
import type { FormulationEntry } from "../../../content/phrases/types";
import type { Finding, Rule } from "../types";

let shared: FormulationMatchers | undefined;

/**
 * A 提法 finding: the span as written, the canonical fix, the formulation's source; a warning where
 * it is less than certain.
 */
function formulationFinding(
  paragraph: number,
  text: string,
  at: { start: number; end: number; fix?: string; entry: FormulationEntry },
  certain: boolean,
  message: string
): Finding {
  return {
    rule: formulation.id,
    severity: certain ? "error" : "warning",
    paragraph,
    start: at.start,
    end: at.end,
    text: text.slice(at.start, at.end),
    ...(at.fix !== undefined ? { fix: at.fix } : {}),
    data: { citation: formulationCitation(at.entry) },
    message,
  };
}

const fromKnown = (paragraph: number, text: string, m: HistoricalMatch) =>
  formulationFinding(
    paragraph,
    text,
    m,
    false,
    `“${m.text}”是历史提法，现行表述为“${m.fix}”；引用原文时可保留。`
  );

/**
 * Certain only where the wording was compared with the primary text: an unverified wording only
 * asks to verify.
 */
const fromFormulationDeviation = (paragraph: number, text: string, d: FormulationDeviation) => {
  const certain = d.certain && !d.entry.source?.unverified;
  return formulationFinding(
    paragraph,
    text,
    d,
    certain,
    certain ? d.message : `请核对：${d.message}`
  );
};

/**
 * The matchers of a library; the rule uses the built-in one (made beforehand, where the build
 * ships it), tests may pass another.
 */
export function formulationMatchers(entries?: readonly FormulationEntry[]): FormulationMatchers {
  return (
    (entries ? undefined : shippedMatchers()) ?? {
      known: new HistoricalMatcher(entries),
      canonical: new FormulationMatcher(entries),
    }
  );
}

/**
 * 提法 findings in paragraphs: historical wordings first, canonical comparison where they see
 * nothing.
 */
export function findFormulations(
  paragraphs: ReadonlyArray<{ text: string }>,
  matchers = (shared ??= formulationMatchers())
): Finding[] {
  const found: Finding[] = [];
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const { text } = paragraphs[paragraph]!;
    const recorded = matchers.known.find(text).map((m) => fromKnown(paragraph, text, m));
    found.push(...recorded);
    const index = new RangeIndex(recorded);
    for (const d of matchers.canonical.find(text))
      if (index.overlapping(d).length === 0)
        found.push(fromFormulationDeviation(paragraph, text, d));
  }
  return found;
}

/**
 * 提法 compared with their canonical wording (core/formulation), plus historical wordings used as
 * today's; where both see a place, the historical one is said.
 */
export const formulation: Rule = {
  id: "tifa",
  meta: {
    title: "提法不规范",
    kind: "content",
    severity: "error",
    fixable: true,
    // Its messages come from the matchers (core/formulation), one for each kind of departure.
    messages: {},
    parts: true,
  },
  check: ({ paragraphs }) => findFormulations(paragraphs),
};
