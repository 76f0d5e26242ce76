import type { GriffelRenderer } from "@fluentui/react-components";

type Bucket = GriffelRenderer["insertionCache"][string];

/**
 * The drawn screen's Griffel rules are written with an empty comment between them (prerender.tsx),
 * so the live pane can learn them by splitting the text, not by parsing the CSS again: Griffel's
 * own rehydration runs its CSS parser over every rule, some 50 KB, while the first screen waits.
 */
export const DRAWN_RULE_SEPARATOR = "/**/";

const BUCKET = "data-make-styles-bucket";

/** Griffel's key for a bucket's style element (getStyleSheetKey in @griffel/core). */
function sheetKey(element: HTMLStyleElement): string {
  const bucket = element.getAttribute(BUCKET)!;
  const priority = element.getAttribute("data-priority") ?? "0";
  const condition =
    bucket === "m"
      ? element.media || "0"
      : bucket === "x"
        ? (element.getAttribute("data-container") ?? "0")
        : "";
  return bucket + condition + priority;
}

/** A drawn style element as one of Griffel's sheets: new rules of its bucket go into it. */
function sheetOf(element: HTMLStyleElement, bucketName: Bucket) {
  const elementAttributes = Object.fromEntries(
    [...element.attributes].map((attribute) => [attribute.name, attribute.value])
  );
  return {
    bucketName,
    element,
    elementAttributes,
    insertRule: (rule: string) => element.sheet!.insertRule(rule, element.sheet!.cssRules.length),
    cssRules: () => [...element.sheet!.cssRules].map((rule) => rule.cssText),
  };
}

/**
 * Teach the renderer the rules the page already has, and their style elements, as Griffel's
 * rehydration would. Its RendererProvider then gets `nothingToRehydrate()` as its document.
 */
export function adoptDrawnStyles(renderer: GriffelRenderer, page: Document): void {
  for (const element of page.head.querySelectorAll<HTMLStyleElement>(`style[${BUCKET}]`)) {
    const bucket = element.getAttribute(BUCKET) as Bucket;
    renderer.stylesheets[sheetKey(element)] ??= sheetOf(element, bucket);
    for (const rule of (element.textContent ?? "").split(DRAWN_RULE_SEPARATOR))
      if (rule) renderer.insertionCache[rule] = bucket;
  }
}

/** A document without style elements, for Griffel's own rehydration to find nothing in. */
export const nothingToRehydrate = (): Document => document.implementation.createHTMLDocument("");
