import type { LayoutPlan, PageTarget } from "../../core/layout/plan";
import type { LayoutOutcome } from "../DocumentHost";
import { setFont, setParagraph } from "./format";
import { ParagraphLocator } from "./locate";
import type { WpsDocument, WpsPageSetup, WpsParagraph } from "./model";
import { WPS } from "./model";

/**
 * 一键排版 in WPS, inside the caller's undo step. WPS does what Word's API cannot: the 东亚
 * typeface apart from the 西文 one, the first-line indent in characters, 固定值 line spacing and
 * the page with its document grid. Page numbers are left to the writer (the pane gives the steps).
 */
export function applyWpsLayout(
  doc: WpsDocument,
  paragraphs: readonly WpsParagraph[],
  plan: LayoutPlan
): LayoutOutcome {
  let formatted = 0;
  for (const step of plan.steps) {
    const paragraph = paragraphs[step.paragraph];
    const located = paragraph && new ParagraphLocator(doc, paragraph);
    if (!located || located.text !== step.expected) continue;
    const range = paragraph.Range;
    setParagraph(range.ParagraphFormat, step.target);
    setFont(range.Font, step.head ? step.head.rest : step.target);
    const head = step.head && located.range(0, step.head.length);
    if (head) setFont(head.Font, step.target);
    formatted++;
  }
  setPage(doc.PageSetup, plan.page);
  return {
    formatted,
    skipped: plan.steps.length - formatted,
    pageSet: true,
    pageNumbersSet: false,
  };
}

function setPage(setup: WpsPageSetup, page: PageTarget): void {
  setup.PageWidth = page.widthPt;
  setup.PageHeight = page.heightPt;
  setup.TopMargin = page.margins.top;
  setup.BottomMargin = page.margins.bottom;
  setup.LeftMargin = page.margins.left;
  setup.RightMargin = page.margins.right;
  setup.FooterDistance = page.footerPt;
  setup.OddAndEvenPagesHeaderFooter = -1;
  // The grid before its figures: lines and characters a page are kept only in grid mode.
  setup.LayoutMode = WPS.wdLayoutModeGrid;
  setup.LinesPage = page.linesPerPage;
  setup.CharsLine = page.charsPerLine;
}
