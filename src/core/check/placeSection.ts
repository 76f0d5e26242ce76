import type { DocSnapshot } from "../document";
import type { PlacedBlock } from "../placement";
import { placeBlock } from "../placement";
import type { FieldValues } from "../render";
import { sectionDraft } from "../templates";
import type { CheckContext } from "./types";

/**
 * Where a missing section belongs: just before the first section that follows it in the type's
 * order and is present (存在问题 goes before 下步打算), or after the last non-empty paragraph
 * before the signature, if there is one.
 * Undefined when it would have to go before the first paragraph, which is not empty.
 */
export function sectionPlace(
  { paragraphs, outline, type, sections }: CheckContext,
  sectionId: string
): { paragraph: number; fill: boolean } | undefined {
  const order = type.sections.findIndex((s) => s.id === sectionId);
  const next =
    sections.slice(order + 1).find((s) => s.status !== "missing" && s.paragraph !== undefined)
      ?.paragraph ?? outline.signature;
  let after = next === undefined ? paragraphs.length - 1 : next - 1;
  while (
    after > 0 &&
    paragraphs[after]!.text.trim() === "" &&
    paragraphs[after - 1]!.text.trim() === ""
  )
    after--;
  if (after < 0) return paragraphs[0]?.text === "" ? { paragraph: 0, fill: true } : undefined;
  if (next === undefined) while (after > 0 && paragraphs[after]!.text.trim() === "") after--;
  return { paragraph: after, fill: paragraphs[after]!.text === "" };
}

/**
 * A missing section from the type's template, numbered to fit where it goes, with the sections
 * after it renumbered.
 */
export function placeMissingSection(
  context: CheckContext,
  sectionId: string,
  values: FieldValues
): PlacedBlock | undefined {
  const section = context.type.sections.find((s) => s.id === sectionId);
  const place = sectionPlace(context, sectionId);
  if (!section || !place) return undefined;
  const offset = place.fill ? 0 : context.paragraphs[place.paragraph]!.text.length;
  const snapshot: DocSnapshot = {
    paragraphs: [...context.paragraphs],
    selection: {
      start: { paragraph: place.paragraph, offset },
      end: { paragraph: place.paragraph, offset },
      text: "",
    },
  };
  return placeBlock(snapshot, sectionDraft(section, section.defaultTopics ?? [], values));
}
