import { DOCUMENT_TYPES } from "../content/documentTypes";
import { TOPICS } from "../content/topics";
import type { DocumentTypeDef, DocumentTypeId, SectionDef, TopicDef } from "../content/types";
import type { DraftParagraph } from "./placement";
import type { FieldValues } from "./render";
import { fieldRefs as fieldRefsIn, renderTemplate } from "./render";

export function documentType(id: DocumentTypeId): DocumentTypeDef {
  const type = DOCUMENT_TYPES.find((t) => t.id === id);
  if (!type) throw new Error(`Unknown document type ${id}`);
  return type;
}

export function topic(id: string): TopicDef {
  const found = TOPICS.find((t) => t.id === id);
  if (!found) throw new Error(`Unknown topic ${id}`);
  return found;
}

export function section(type: DocumentTypeDef, id: string): SectionDef {
  const found = type.sections.find((s) => s.id === id);
  if (!found) throw new Error(`No section ${id} in ${type.id}`);
  return found;
}

/**
 * Which alternative wording to use for each topic or section lead-in (by id); 0 when not chosen.
 */
export type VariantChoice = Readonly<Record<string, number>>;

function pick<T>(list: readonly T[], index: number | undefined): T {
  return list[Math.min(Math.max(0, index ?? 0), list.length - 1)]!;
}

/** A topic: its heading, numbered where it lands, and its chosen paragraph. */
export function topicDraft(
  id: string,
  values: FieldValues,
  variants: VariantChoice = {}
): DraftParagraph[] {
  const t = topic(id);
  return [
    { text: renderTemplate(t.title, values), level: 2, role: "heading", numbered: true },
    { text: renderTemplate(pick(t.paragraphs, variants[id]), values), level: 0, role: "body" },
  ];
}

/** A section: a numbered heading with its lead-in and chosen topics, or an unnumbered part. */
export function sectionDraft(
  s: SectionDef,
  topics: readonly string[],
  values: FieldValues,
  variants: VariantChoice = {}
): DraftParagraph[] {
  const render = (text: string) => renderTemplate(text, values);
  switch (s.kind) {
    case "numbered":
      return [
        { text: render(s.title), level: 1, role: "heading", numbered: true },
        ...(s.paragraphs
          ? [
              {
                text: render(pick(s.paragraphs, variants[s.id])),
                level: 0 as const,
                role: "body" as const,
              },
            ]
          : []),
        ...topics.flatMap((id) => topicDraft(id, values, variants)),
      ];
    case "signature":
      return (s.lines ?? []).map((line) => ({ text: render(line), level: 0, role: "signature" }));
    default: {
      const role =
        s.kind === "title"
          ? "title"
          : s.kind === "addressee"
            ? "addressee"
            : s.kind === "closing"
              ? "closing"
              : "body";
      return [{ text: render(pick(s.paragraphs ?? [], variants[s.id])), level: 0, role }];
    }
  }
}

/** The whole skeleton of a document type, with the chosen topics for each numbered section. */
export function skeletonDraft(
  type: DocumentTypeDef,
  topicsBySection: Readonly<Record<string, readonly string[]>>,
  values: FieldValues,
  variants: VariantChoice = {}
): DraftParagraph[] {
  return type.sections.flatMap((s) =>
    sectionDraft(s, topicsBySection[s.id] ?? s.defaultTopics ?? [], values, variants)
  );
}

/**
 * Whether any text of a document type (its sections and the topics they offer) has this blank: 上级
 * 机关 only where it is used.
 */
export function typeUsesField(type: DocumentTypeDef, fieldId: string): boolean {
  const topics = type.sections.flatMap((s) => s.topics ?? []).map(topic);
  return [type.sections, topics].some((part) =>
    fieldRefsIn(JSON.stringify(part)).includes(fieldId)
  );
}
