import type { DocumentTypeDef } from "../content/types";
import { findSections, sectionName } from "./check/sections";
import type { DocParagraph } from "./document";
import { buildOutline } from "./outline";

/**
 * The numbered sections of a type (主要工作, 存在问题 …) the document has already: a whole
 * skeleton inserted again would repeat them, numbered 四、五、六.
 */
export function skeletonSectionsPresent(
  type: DocumentTypeDef,
  paragraphs: readonly DocParagraph[]
): string[] {
  const numbered = new Set(type.sections.filter((s) => s.kind === "numbered").map((s) => s.id));
  return findSections(type, paragraphs, buildOutline(paragraphs))
    .filter((s) => numbered.has(s.id) && s.status !== "missing")
    .map(sectionName);
}
