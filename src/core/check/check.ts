import type { DocumentTypeId } from "../../content/types";
import type { DocParagraph, ReadLimits } from "../document";
import { bodyLength, buildOutline } from "../outline";
import { RULES, WATCHERS } from "./rules";
import type { SectionReport } from "./sections";
import { detectType, findSections, typeById } from "./sections";
import type { CheckContext, Finding, LayoutCheck } from "./types";
import { watchAll } from "./watch";
import { byDocumentOrder } from "./order";
import type { LayoutUnread } from "../layout/unread";
import { layoutUnread } from "../layout/unread";
import type { Requirements } from "../requirements/types";
import {
  holdsFor,
  ownTypeByTitle,
  requirementsLabel,
  titleYear,
  typesInForce,
} from "../requirements/inForce";

export interface CheckResult {
  type: DocumentTypeId;
  typeName: string;
  /** When an organisation's requirements were checked against: 〔市直机关工委〕2026年要求. */
  basis?: string;
  sections: SectionReport[];
  findings: Finding[];
  /** With a layout to check: what of it could not be read, so went unchecked. */
  layoutUnread?: LayoutUnread;
}

/** What a check is told besides the text: what the host could not read, and the layout to check. */
export interface CheckOptions {
  limits?: ReadLimits;
  layout?: LayoutCheck;
  /** An organisation's requirements: they hold unless the title names another year. */
  requirements?: Requirements;
}

/** What the rules read: the outline, the type (detected unless given) and its sections. */
export function checkContext(
  paragraphs: readonly DocParagraph[],
  typeId?: DocumentTypeId,
  { limits = {}, layout, requirements }: CheckOptions = {}
): CheckContext {
  const end = bodyLength(paragraphs);
  const body = end === paragraphs.length ? paragraphs : paragraphs.slice(0, end);
  const outline = buildOutline(body);
  const all = typesInForce(requirements);
  const types =
    requirements && holdsFor(requirements, titleYear(body, outline)) ? all : typesInForce();
  // A type chosen by hand is the organisation's whatever year the title names.
  const type =
    (typeId !== undefined ? all.find((t) => t.id === typeId) : undefined) ??
    ownTypeByTitle(types, body, outline) ??
    types.find((t) => t.id === detectType(body, outline)) ??
    typeById(detectType(body, outline));
  return {
    paragraphs,
    outline,
    sightings: watchAll(paragraphs, WATCHERS),
    type,
    sections: findSections(type, body, outline),
    limits,
    ...(layout ? { layout } : {}),
  };
}

/** The same context with the body alone, for rules that do not read headers, footers and notes. */
function bodyOnly(context: CheckContext): CheckContext {
  const end = bodyLength(context.paragraphs);
  if (end === context.paragraphs.length) return context;
  const sightings = new Map(
    [...context.sightings].map(([rule, seen]) => [rule, seen.filter((s) => s.paragraph < end)])
  );
  return { ...context, paragraphs: context.paragraphs.slice(0, end), sightings };
}

/**
 * Whether a finding lies wholly inside another that has a fix: applying that fix settles both. Two
 * rules finding the same span with the same fix (提法 and 错别字 on 清政廉洁) say it once: the rule
 * listed first.
 */
function settledBy(inner: Finding, outer: Finding): boolean {
  return (
    inner !== outer &&
    outer.fix !== undefined &&
    inner.paragraph === outer.paragraph &&
    inner.end > inner.start &&
    outer.start <= inner.start &&
    inner.end <= outer.end &&
    (outer.end - outer.start > inner.end - inner.start ||
      (inner.fix === outer.fix && inner.rule !== outer.rule && ruleRank(outer) < ruleRank(inner)))
  );
}

const ruleRank = (f: Finding) => RULES.findIndex((r) => r.id === f.rule);

/**
 * Findings in document order, without those another finding's fix settles (the A of A新时代…思想).
 * One sweep: of the fixable findings before, only the one reaching furthest (earliest on a tie) can
 * hold this one; findings starting at the same place are looked at ahead.
 */
function withoutSettled(sorted: Finding[]): Finding[] {
  let paragraph = -1;
  let reach: Finding | undefined;
  return sorted.filter((f, i) => {
    if (f.paragraph !== paragraph) {
      paragraph = f.paragraph;
      reach = undefined;
    }
    let settled = reach !== undefined && settledBy(f, reach);
    for (
      let j = i + 1;
      !settled &&
      j < sorted.length &&
      sorted[j]!.paragraph === f.paragraph &&
      sorted[j]!.start <= f.start;
      j++
    )
      settled = settledBy(f, sorted[j]!);
    if (f.fix !== undefined && (!reach || f.end > reach.end)) reach = f;
    return !settled;
  });
}

/** Run every rule over a document, findings in document order. */
export function checkDocument(
  paragraphs: readonly DocParagraph[],
  typeId?: DocumentTypeId,
  options?: CheckOptions
): CheckResult {
  const context = checkContext(paragraphs, typeId, options);
  const body = bodyOnly(context);
  const findings = RULES.flatMap((r) => r.check(r.meta.parts ? context : body)).sort(
    byDocumentOrder
  );
  for (const f of findings) {
    const part = paragraphs[f.paragraph]?.part;
    if (part) f.part = part;
  }
  const layout = context.layout;
  const unread = layout
    ? { layoutUnread: layoutUnread(layout.spec, body.paragraphs, context.outline, layout.page) }
    : {};
  return {
    type: context.type.id,
    typeName: context.type.name,
    ...(context.type.publishedBy ? { basis: requirementsLabel(context.type.publishedBy) } : {}),
    sections: [...context.sections],
    findings: withoutSettled(findings),
    ...unread,
  };
}
