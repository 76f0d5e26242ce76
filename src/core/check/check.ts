import type { DocumentTypeId } from "../../content/types";
import type { DocParagraph } from "../document";
import { buildOutline } from "../outline";
import { findPresence } from "./presence";
import { RULES } from "./rules";
import type { SectionReport } from "./sections";
import { detectType, findSections, typeById } from "./sections";
import type { CheckContext, Finding } from "./types";
import { watchAll } from "./watch";

export interface CheckResult {
  type: DocumentTypeId;
  sections: SectionReport[];
  findings: Finding[];
}

/** What the rules read: the outline, the type (detected unless given) and its sections. */
export function checkContext(paragraphs: readonly DocParagraph[], typeId?: DocumentTypeId): CheckContext {
  const outline = buildOutline(paragraphs);
  const type = typeById(typeId ?? detectType(paragraphs, outline));
  return {
    paragraphs,
    outline,
    presence: findPresence(paragraphs, outline),
    sightings: watchAll(paragraphs, RULES),
    type,
    sections: findSections(type, paragraphs, outline),
  };
}

/** Run every rule over a document, findings in document order. */
export function checkDocument(paragraphs: readonly DocParagraph[], typeId?: DocumentTypeId): CheckResult {
  const context = checkContext(paragraphs, typeId);
  const findings = RULES.flatMap((r) => r.check(context)).sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { type: context.type.id, sections: [...context.sections], findings };
}
