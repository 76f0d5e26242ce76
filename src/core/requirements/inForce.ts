import { DOCUMENT_TYPES } from "../../content/documentTypes";
import type { DocumentTypeDef, PublishedBy } from "../../content/types";
import type { DocParagraph } from "../document";
import type { Outline } from "../outline";
import type { Requirements } from "./types";

/** How findings name the notice: 〔市直机关工委〕2026年要求. */
export const requirementsLabel = (by: PublishedBy) => `〔${by.issuer}〕${by.year}年要求`;

/**
 * The document types in force: the built-in ones, each replaced by the organisation's variant, then
 * its own.
 */
export function typesInForce(requirements?: Requirements): readonly DocumentTypeDef[] {
  if (!requirements) return DOCUMENT_TYPES;
  const published = new Map(requirements.types.map((t) => [t.id, t]));
  const builtIn = DOCUMENT_TYPES.map((t) => published.get(t.id) ?? t);
  const own = requirements.types.filter((t) => !DOCUMENT_TYPES.some((b) => b.id === t.id));
  return [...builtIn, ...own];
}

/** The first year a title names (2026年党建工作总结及2027年工作打算 → 2026). */
export function titleYear(
  paragraphs: readonly DocParagraph[],
  outline: Outline
): number | undefined {
  const title = outline.title === undefined ? "" : (paragraphs[outline.title]?.text ?? "");
  const year = /(?:19|20)\d{2}/.exec(title)?.[0];
  return year === undefined ? undefined : Number(year);
}

/** Requirements for a year hold for a document unless it names another year. */
export const holdsFor = (requirements: Requirements, year: number | undefined) =>
  year === undefined || year === requirements.year;

/** An organisation's own type is known by the words of its title; the built-in ones as usual. */
export function ownTypeByTitle(
  types: readonly DocumentTypeDef[],
  paragraphs: readonly DocParagraph[],
  outline: Outline
): DocumentTypeDef | undefined {
  const title = outline.title === undefined ? "" : (paragraphs[outline.title]?.text ?? "");
  return types.find(
    (t) =>
      !DOCUMENT_TYPES.some((b) => b.id === t.id) &&
      t.titleKeywords.some((word) => title.includes(word))
  );
}
