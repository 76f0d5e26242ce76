/** Text that shows a typeface's own Chinese and Latin glyphs. */
const SAMPLE = "永和公文仿宋楷体黑体 AaBb 2025";
const GENERIC = ["monospace", "serif", "sans-serif"] as const;

/**
 * Whether a typeface is installed on this computer, as far as the task pane can tell: text set in
 * it (with a generic fallback) measures differently from the fallback alone. Word substitutes a
 * missing font silently; the pane's web view sees the same system fonts. Undefined where it cannot
 * measure.
 */
export function fontInstalled(font: string): boolean | undefined {
  const canvas = typeof document === "undefined" ? undefined : document.createElement("canvas");
  const context = canvas?.getContext("2d");
  if (!context) return undefined;
  const width = (family: string) => {
    context.font = `32px ${family}`;
    return context.measureText(SAMPLE).width;
  };
  const quoted = `"${font.replace(/"/g, "")}"`;
  return GENERIC.some((generic) => width(`${quoted}, ${generic}`) !== width(generic));
}
