/**
 * The screen drawn at build time holds Fluent's focus attributes (data-tabster) under this name:
 * tabster would act on them as soon as it starts, inserting its focus guards into elements React is
 * still adopting. The live pane gives them their own name back once it has taken the screen over.
 */
export const DRAWN_TABSTER = "data-tabster-drawn";

/**
 * Marks a part of the drawn screen the live pane adopts after the rest (components/AdoptLater.tsx):
 * its focus attributes wait for that part.
 */
export const ADOPT_LATER = "data-adopt-later";

/** The drawn focus attributes in `part` as the live pane renders them, but for those `skip` names. */
function giveBackFocusAttributes(part: HTMLElement, skip?: string): void {
  for (const element of part.querySelectorAll(`[${DRAWN_TABSTER}]`)) {
    if (skip && element.closest(skip)) continue;
    element.setAttribute("data-tabster", element.getAttribute(DRAWN_TABSTER) ?? "");
    element.removeAttribute(DRAWN_TABSTER);
  }
}

/**
 * Once the live pane owns the drawn screen: its focus attributes as the live pane renders them
 * (those of the parts adopted later when they are), and no longer inert.
 */
export function liveDrawnScreen(screen: HTMLElement): void {
  giveBackFocusAttributes(screen, `[${ADOPT_LATER}]`);
  screen.removeAttribute("inert");
}

/** Once the live pane owns a part of the drawn screen adopted later: its focus attributes. */
export function liveDrawnPart(part: HTMLElement): void {
  giveBackFocusAttributes(part);
}
