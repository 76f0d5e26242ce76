/**
 * The pane's messages name Word where Word is what the writer uses ("可用 Word 的“撤消”撤回");
 * in WPS they name WPS. Applied once to the strings object as the WPS pane starts; the Word build
 * never runs it.
 */
const IN_WPS: ReadonlyArray<[RegExp, string]> = [
  [/Word 的“撤消”/g, "WPS 的“撤消”"],
  [/这一版本的 Word/g, "这一版本的 WPS"],
  [/作为 Word 批注/g, "作为批注"],
  [/Word 暂时无法/g, "WPS 暂时无法"],
  [/“布局”→“页面设置”/g, "“页面布局”→“页面设置”"],
];

export function inWps(text: string): string {
  return IN_WPS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

/** Rewrite every message in a strings object, functions' results included. */
export function adaptStrings(table: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === "string") table[key] = inWps(value);
    else if (typeof value === "function")
      table[key] = (...args: unknown[]) =>
        inWps(String((value as (...a: unknown[]) => unknown)(...args)));
    else if (value && typeof value === "object") adaptStrings(value as Record<string, unknown>);
  }
}
