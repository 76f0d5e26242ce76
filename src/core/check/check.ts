import type { DocumentTypeId } from "../../content/types";
import type { DocParagraph } from "../document";
import { buildOutline } from "../outline";
import { missingSection } from "./rules/missingSection";
import { placeholder } from "./rules/placeholder";
import { residue } from "./rules/residue";
import { tifa } from "./rules/tifa";
import type { SectionReport } from "./sections";
import { detectType, findSections, typeById } from "./sections";
import type { Finding } from "./types";

export interface CheckResult {
  type: DocumentTypeId;
  sections: SectionReport[];
  findings: Finding[];
}

/** Run every rule over a document; the type is detected unless given. */
export function checkDocument(paragraphs: readonly DocParagraph[], typeId?: DocumentTypeId): CheckResult {
  const outline = buildOutline(paragraphs);
  const type = typeById(typeId ?? detectType(paragraphs, outline));
  const sections = findSections(type, paragraphs, outline);
  const rules = [missingSection(type, sections), placeholder, tifa, residue];
  const findings = rules.flatMap((r) => r.check({ paragraphs, outline })).sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { type: type.id, sections, findings };
}
