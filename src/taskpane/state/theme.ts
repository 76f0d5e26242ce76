import { STORAGE_PREFIX } from "./usePersistentState";

/**
 * Whether Word was dark the last time the pane ran here. The screen drawn at build time is light:
 * where Word was dark, its script shows the loading line instead, so the writer never sees a light
 * screen flash.
 */
export const THEME_KEY = `${STORAGE_PREFIX}theme`;

export function rememberTheme(dark: boolean): void {
  try {
    localStorage.setItem(THEME_KEY, dark ? "dark" : "light");
  } catch {
    // Storage disabled: the next start may show the drawn light screen first.
  }
}
