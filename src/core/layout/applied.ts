import type { PageFormat, ParagraphFormat, TextSpan } from "../document";
import { ptToMm } from "./geometry";
import type { LayoutStep, PageTarget } from "./plan";
import type { RoleTarget } from "./targets";

/** How a paragraph reads once a step of 一键排版 is applied (what an in-memory host keeps). */
export function appliedFormat(
  step: LayoutStep,
  page: PageTarget,
  previous: ParagraphFormat = {}
): ParagraphFormat {
  const { target } = step;
  const span = (length: number, t: RoleTarget, bold: boolean | undefined): TextSpan => ({
    length,
    eastAsiaFont: t.eastAsiaFont,
    sizePt: t.sizePt,
    ...(bold !== undefined ? { bold } : {}),
  });
  const length = step.expected.length;
  const head = step.head?.length ?? length;
  const spans = [
    span(head, target, target.bold ?? previous.bold),
    ...(head < length
      ? [span(length - head, step.head!.rest, step.head!.rest.bold ?? previous.bold)]
      : []),
  ];
  const format: ParagraphFormat = {
    ...previous,
    spans,
    lineSpacing: { rule: "exact", value: page.linePitchPt },
  };
  delete format.eastAsiaFont;
  delete format.sizePt;
  if (target.alignment) format.alignment = target.alignment;
  if (target.indentChars !== undefined) {
    delete format.firstLinePt;
    format.firstLineChars = target.indentChars;
  }
  return format;
}

/** The page once 一键排版 has set it. */
export function appliedPage(page: PageTarget): PageFormat {
  const mm = (pt: number) => ptToMm(pt);
  return {
    widthMm: mm(page.widthPt),
    heightMm: mm(page.heightPt),
    margins: {
      topMm: mm(page.margins.top),
      bottomMm: mm(page.margins.bottom),
      leftMm: mm(page.margins.left),
      rightMm: mm(page.margins.right),
    },
    grid: { linePitchPt: page.linePitchPt, charsPerLine: page.charsPerLine },
    pageNumbers: {
      present: true,
      dashed: true,
      oddEven: true,
      oddAlignment: "right",
      evenAlignment: "left",
      sizePt: page.pageNumber.sizePt,
    },
  };
}
