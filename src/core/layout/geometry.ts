import type { LayoutSpec } from "../../content/layout";

/** Length conversions and the page geometry a layout implies. */

export const PT_PER_MM = 72 / 25.4;
export const TWIPS_PER_PT = 20;

export const mmToPt = (mm: number) => mm * PT_PER_MM;
export const ptToMm = (pt: number) => pt / PT_PER_MM;
export const twipsToMm = (twips: number) => twips / TWIPS_PER_PT / PT_PER_MM;

/** The 版心: the page without its margins. */
export function textArea(spec: LayoutSpec): { widthPt: number; heightPt: number } {
  const { page, margins } = spec;
  return {
    widthPt: mmToPt(page.widthMm - margins.leftMm - margins.rightMm),
    heightPt: mmToPt(page.heightMm - margins.topMm - margins.bottomMm),
  };
}

/**
 * The line pitch that puts exactly `linesPerPage` lines in the 版心, in whole twips rounded down so
 * the last line is never pushed to the next page (225 mm / 22 = 28.95 pt).
 */
export function linePitchTwips(spec: LayoutSpec): number {
  return Math.floor((textArea(spec).heightPt * TWIPS_PER_PT) / spec.linesPerPage);
}

/** The character pitch that puts `charsPerLine` characters on a line (156 mm / 28 = 15.79 pt). */
export function charPitchPt(spec: LayoutSpec): number {
  return textArea(spec).widthPt / spec.charsPerLine;
}

/**
 * Word's document grid stores the character pitch as the difference from the default font size in
 * 1/4096 pt (w:docGrid w:charSpace); rounded down so the last character still fits.
 */
export function gridCharSpace(spec: LayoutSpec, defaultSizePt: number): number {
  return Math.floor((charPitchPt(spec) - defaultSizePt) * 4096);
}

/** Lines a page holds at a line height. */
export function linesPerPage(spec: LayoutSpec, lineHeightPt: number): number {
  return Math.floor(textArea(spec).heightPt / lineHeightPt + 1e-6);
}
