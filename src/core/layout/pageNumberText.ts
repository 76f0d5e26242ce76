import { PAGE_NUMBER_DASHES } from "../../content/layout";

/** What a footer's text says about page numbers, the same for .docx and Word. */

const DASH = `[${PAGE_NUMBER_DASHES.join("").replace("-", "\\-")}]`;
const DASHED = new RegExp(`${DASH}\\s*\\d*\\s*${DASH}`);
const PAGE_ONLY = new RegExp(`^(?:\\s|\\d|[第页共/]|${DASH})*$`);

/** Nothing but a page number (— 1 —, 第 1 页 共 3 页) or nothing at all: ours may replace it. */
export function onlyPageNumberText(text: string): boolean {
  return PAGE_ONLY.test(text);
}

/** A page number and nothing else. */
export function isPageNumberText(text: string): boolean {
  return /\d/.test(text) && PAGE_ONLY.test(text);
}

/** The figure has a dash on each side (— 1 —). */
export function isDashed(text: string): boolean {
  return DASHED.test(text);
}
