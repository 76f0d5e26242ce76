import type { LayoutSpec } from "../../content/layout";
import { GB_9704 } from "../../content/layout";
import { withFallbacks } from "../../core/layout/fonts";
import { readStored } from "./usePersistentState";

/** Where the fonts chosen in place of missing standard ones are kept (检查 → 公文格式 → 更改). */
export const FONT_FALLBACKS_KEY = "fontFallbacks";

/**
 * GB/T 9704 with the fonts chosen in place of missing ones: what inserted paragraphs are set in.
 */
export function chosenLayout(): LayoutSpec {
  return withFallbacks(GB_9704, readStored<Record<string, string>>(FONT_FALLBACKS_KEY, {}));
}
