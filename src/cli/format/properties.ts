import type { RoleTarget } from "../../core/layout/targets";
import { escapeMarkup } from "../../core/escapeMarkup";
import { childrenOf, MARK_RPR_ORDER, PPR_ORDER, RPR_ORDER, withChildren } from "./elements";

const JC = { left: "left", center: "center", right: "right", justify: "both" } as const;

/** A font's name as an attribute value. */
const font = (name: string) => escapeMarkup(name);

/** rFonts for a target, keeping the writer's w:hint (which decides the font of quotation marks). */
function rFonts(target: RoleTarget, existing: string | undefined): string {
  const hint = existing ? (/\sw:hint="[^"]*"/.exec(existing)?.[0] ?? "") : "";
  const latin = font(target.latinFont);
  return `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${font(target.eastAsiaFont)}" w:cs="${latin}"${hint}/>`;
}

/**
 * A run's properties set to a target: typefaces (theme references dropped), size, bold where the
 * target says.
 */
export function runProperties(
  rPr: string,
  target: RoleTarget,
  order: readonly string[] = RPR_ORDER
): string {
  const existing = childrenOf(rPr).find((c) => c.name === "w:rFonts")?.xml;
  const half = String(Math.round(target.sizePt * 2));
  const changes = new Map<string, string | null>([
    ["w:rFonts", rFonts(target, existing)],
    ["w:sz", `<w:sz w:val="${half}"/>`],
    ["w:szCs", `<w:szCs w:val="${half}"/>`],
  ]);
  if (target.bold === true) changes.set("w:b", "<w:b/>").set("w:bCs", "<w:bCs/>");
  if (target.bold === false) changes.set("w:b", null).set("w:bCs", null);
  return withChildren(rPr, "w:rPr", changes, order);
}

/**
 * A paragraph's properties set to a target: line spacing, indent, alignment, and its mark's run
 * properties.
 */
export function paragraphProperties(pPr: string, target: RoleTarget): string {
  const twips = Math.round(target.lineSpacingPt * 20);
  const changes = new Map<string, string | null>([
    [
      "w:spacing",
      `<w:spacing w:before="0" w:beforeLines="0" w:after="0" w:afterLines="0" w:line="${twips}" w:lineRule="exact"/>`,
    ],
  ]);
  if (target.indentChars !== undefined) {
    const chars = Math.round(target.indentChars * 100);
    const first = Math.round(target.indentChars * target.sizePt * 20);
    changes.set(
      "w:ind",
      `<w:ind w:leftChars="0" w:left="0" w:firstLineChars="${chars}" w:firstLine="${first}"/>`
    );
  }
  if (target.alignment) changes.set("w:jc", `<w:jc w:val="${JC[target.alignment]}"/>`);
  const mark = childrenOf(pPr).find((c) => c.name === "w:rPr")?.xml ?? "";
  changes.set("w:rPr", runProperties(mark, target, MARK_RPR_ORDER));
  return withChildren(pPr, "w:pPr", changes, PPR_ORDER);
}
