/**
 * A click on the screen drawn at build time, before the live pane has run: the drawn screen's
 * script records it here (see prerender.tsx), and the live tab carries it out once, so an early
 * click is answered instead of lost.
 */
export const EARLY_ACTION = "__dangjianEarlyAction";

/** What the drawn screen can be asked for before the live pane is there. */
export type EarlyAction = "insert-skeleton";

/** Whether the writer asked for this on the drawn screen; asking answers it, so it runs once. */
export function takeEarlyAction(action: EarlyAction): boolean {
  const scope = globalThis as { [EARLY_ACTION]?: string };
  if (scope[EARLY_ACTION] !== action) return false;
  delete scope[EARLY_ACTION];
  return true;
}
