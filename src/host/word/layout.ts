import { onlyPageNumberText } from "../../core/layout/pageNumberText";
import type { LayoutPlan, LayoutStep, PageTarget } from "../../core/layout/plan";
import type { RoleTarget } from "../../core/layout/targets";
import type { LayoutOutcome } from "../DocumentHost";
import { ALIGNMENT } from "./format";
import type { WordCapabilities } from "./capabilities";
import { escapeSearchText, searchable } from "./locate";
import { readableText } from "./text";
import type { WordRun } from "./types";

/** Paragraphs formatted per sync: a 300-page report (about 3,000 paragraphs) takes 6. */
export const PARAGRAPHS_PER_SYNC = 500;

/**
 * 一键排版 in Word. Typefaces: WordApiDesktop 1.3 sets the East Asian typeface itself
 * (font.nameFarEast) and the Latin one apart; below it only font.name exists, which Word may apply
 * to Latin text alone. Page setup and the document grid need WordApiDesktop 1.3 (pageSetup); page
 * numbers need WordApi 1.5 (insertField). Where they are missing the pane gives the steps to do by
 * hand. Each member is used only where this Word and the loaded office.js have it
 * (capabilities.ts). Syncs: 1 to read, 1 per PARAGRAPHS_PER_SYNC paragraphs, then 1 to read the
 * footers (WordApi 1.5) and 1 to set the page.
 */
export class WordLayout {
  constructor(
    private readonly run: WordRun,
    private readonly can: Pick<WordCapabilities, "eastAsiaFont" | "pageSetup" | "pageField">
  ) {}

  apply(plan: LayoutPlan): Promise<LayoutOutcome> {
    const { eastAsiaFont, pageSetup: page } = this.can;
    const fields = page && this.can.pageField;
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      const sections = context.document.sections.load("items");
      await context.sync();
      let formatted = 0;
      let skipped = 0;
      for (let i = 0; i < plan.steps.length; i += PARAGRAPHS_PER_SYNC) {
        for (const step of plan.steps.slice(i, i + PARAGRAPHS_PER_SYNC)) {
          const paragraph = paragraphs.items[step.paragraph];
          if (!paragraph || readableText(paragraph.text) !== step.expected) {
            skipped++;
            continue;
          }
          this.formatParagraph(paragraph, step, eastAsiaFont, page);
          formatted++;
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a bounded batch per sync keeps Word responsive on a 300-page report
        await context.sync();
      }
      if (!page) return { formatted, skipped, pageSet: false, pageNumbersSet: false };
      // Footers are read only where page numbers can be inserted (WordApi 1.5).
      const footers = fields
        ? sections.items.flatMap((section) =>
            (["Primary", "EvenPages"] as const).map((type) => {
              const footer = section.getFooter(type);
              return { type, footer, paragraphs: footer.paragraphs.load("items/text") };
            })
          )
        : [];
      if (fields) await context.sync();
      const numbersFit =
        fields &&
        footers.every((f) =>
          f.paragraphs.items.every((p) => onlyPageNumberText(readableText(p.text)))
        );
      for (const section of sections.items) setPage(section.pageSetup, plan.page);
      if (numbersFit)
        for (const { type, footer } of footers)
          pageNumber(footer, plan.page.pageNumber, type === "Primary");
      await context.sync();
      return { formatted, skipped, pageSet: true, pageNumbersSet: numbersFit };
    });
  }

  private formatParagraph(
    paragraph: Word.Paragraph,
    step: LayoutStep,
    eastAsiaFont: boolean,
    grid: boolean
  ): void {
    const { target } = step;
    if (target.alignment) paragraph.alignment = ALIGNMENT[target.alignment];
    if (target.indentChars !== undefined) {
      paragraph.leftIndent = 0;
      paragraph.firstLineIndent = target.indentChars * target.sizePt;
    }
    paragraph.spaceBefore = 0;
    paragraph.spaceAfter = 0;
    // Single spacing snaps to the document grid's 22 lines; without a grid it stays as it was.
    if (grid) paragraph.lineSpacing = 12;
    // A heading run searched for only where Word's own text holds it as read: a lookup that finds
    // nothing would fail the whole batch.
    const headText = step.head ? step.expected.slice(0, step.head.length) : "";
    const head =
      step.head && searchable(headText) && paragraph.text.startsWith(headText)
        ? step.head
        : undefined;
    setFont(paragraph.font, head ? head.rest : target, eastAsiaFont);
    if (head)
      setFont(
        paragraph.search(escapeSearchText(headText), { matchCase: true }).getFirst().font,
        target,
        eastAsiaFont
      );
  }
}

function setFont(font: Word.Font, target: RoleTarget, eastAsiaFont: boolean): void {
  if (eastAsiaFont) {
    font.nameFarEast = target.eastAsiaFont;
    font.nameAscii = target.latinFont;
    font.nameOther = target.latinFont;
  } else font.name = target.eastAsiaFont;
  font.size = target.sizePt;
  if (target.bold !== undefined) font.bold = target.bold;
}

function setPage(setup: Word.PageSetup, page: PageTarget): void {
  setup.set({
    pageWidth: page.widthPt,
    pageHeight: page.heightPt,
    topMargin: page.margins.top,
    bottomMargin: page.margins.bottom,
    leftMargin: page.margins.left,
    rightMargin: page.margins.right,
    footerDistance: page.footerPt,
    oddAndEvenPagesHeaderFooter: true,
    layoutMode: "Grid",
  });
  setup.charsLine = page.charsPerLine;
  setup.linesPage = page.linesPerPage;
}

/** — PAGE — in the footer: odd pages right, even pages left, one character in. */
function pageNumber(footer: Word.Body, number: PageTarget["pageNumber"], odd: boolean): void {
  footer.clear();
  const paragraph = footer.paragraphs.getFirst();
  paragraph.insertText(`${number.dash} `, "Start");
  paragraph.getRange("Content").insertField("End", "Page");
  paragraph.insertText(` ${number.dash}`, "End");
  paragraph.alignment = odd ? "Right" : "Left";
  if (odd) paragraph.rightIndent = number.indentPt;
  else paragraph.leftIndent = number.indentPt;
  paragraph.firstLineIndent = 0;
  paragraph.font.name = number.font;
  paragraph.font.size = number.sizePt;
}
