/**
 * The screen drawn at build time holds Fluent's focus attributes (data-tabster) under this name:
 * tabster would act on them as soon as it starts, inserting its focus guards into elements React is
 * still adopting. The live pane gives them their own name back once it has taken the screen over.
 */
export const DRAWN_TABSTER = "data-tabster-drawn";

/**
 * Once the live pane owns the drawn screen: its focus attributes as the live pane renders them, and
 * no longer inert.
 */
export function liveDrawnScreen(screen: HTMLElement): void {
  for (const element of screen.querySelectorAll(`[${DRAWN_TABSTER}]`)) {
    element.setAttribute("data-tabster", element.getAttribute(DRAWN_TABSTER) ?? "");
    element.removeAttribute(DRAWN_TABSTER);
  }
  screen.removeAttribute("inert");
}
