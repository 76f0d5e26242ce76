import type { LayoutSpec } from "../../content/layout";
import type { DocParagraph } from "../document";
import type { Outline } from "../outline";
import { typedIndent } from "./deviations";
import { gridCharSpace, linePitchTwips, mmToPt, ptToMm } from "./geometry";
import { layoutRoles } from "./roles";
import type { RoleTarget } from "./targets";
import { roleTarget } from "./targets";

/** One paragraph of 一键排版: which it is, the text it must still hold, and the look it gets. */
export interface LayoutStep {
  paragraph: number;
  expected: string;
  target: RoleTarget;
  /** A run-in heading: its first characters take `target`, the rest body text's look. */
  head?: { length: number; rest: RoleTarget };
}

/** The page as the layout sets it, in points. */
export interface PageTarget {
  widthPt: number;
  heightPt: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Distance of the footer from the page's bottom edge. */
  footerPt: number;
  linesPerPage: number;
  charsPerLine: number;
  linePitchPt: number;
  /**
   * Word's document grid: the character pitch as a difference from the default size, in 1/4096 pt.
   */
  gridCharSpace: number;
  pageNumber: { font: string; sizePt: number; dash: string; indentPt: number };
}

export interface LayoutPlan {
  steps: LayoutStep[];
  page: PageTarget;
}

/**
 * Spaces typed at the start count towards the indent: the indent set is what they leave (the text
 * never changes).
 */
function withTypedIndent(target: RoleTarget, text: string): RoleTarget {
  if (target.indentChars === undefined) return target;
  return { ...target, indentChars: Math.max(0, target.indentChars - typedIndent(text)) };
}

/** The page target of a layout. */
export function pageTarget(spec: LayoutSpec): PageTarget {
  const { margins, page, pageNumber } = spec;
  const lineMm = ptToMm(pageNumber.sizePt * 1.3);
  return {
    widthPt: mmToPt(page.widthMm),
    heightPt: mmToPt(page.heightMm),
    margins: {
      top: mmToPt(margins.topMm),
      bottom: mmToPt(margins.bottomMm),
      left: mmToPt(margins.leftMm),
      right: mmToPt(margins.rightMm),
    },
    // The page number's 一字线 (mid-line) `belowBodyMm` under the 版心.
    footerPt: mmToPt(margins.bottomMm - pageNumber.belowBodyMm - lineMm / 2),
    linesPerPage: spec.linesPerPage,
    charsPerLine: spec.charsPerLine,
    linePitchPt: linePitchTwips(spec) / 20,
    gridCharSpace: gridCharSpace(spec, spec.roles.body.sizePt),
    pageNumber: {
      font: pageNumber.font,
      sizePt: pageNumber.sizePt,
      dash: pageNumber.dash,
      indentPt: pageNumber.indentChars * pageNumber.sizePt,
    },
  };
}

/**
 * What 一键排版 does to a document: each body paragraph by its role in the outline, and the page.
 */
export function layoutPlan(
  paragraphs: readonly DocParagraph[],
  outline: Outline,
  spec: LayoutSpec
): LayoutPlan {
  const steps: LayoutStep[] = [];
  layoutRoles(paragraphs, outline).forEach((plan, i) => {
    if (!plan) return;
    const text = paragraphs[i]!.text;
    const step: LayoutStep = {
      paragraph: i,
      expected: text,
      target: withTypedIndent(roleTarget(spec, plan.role), text),
    };
    if (plan.head < text.length)
      step.head = { length: plan.head, rest: withTypedIndent(roleTarget(spec, "body"), text) };
    steps.push(step);
  });
  return { steps, page: pageTarget(spec) };
}
