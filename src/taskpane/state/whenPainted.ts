/**
 * Resolves once the browser has painted the next frame (at once where nothing paints: the build's
 * drawing of the first screen), so what starts then does not hold up that frame.
 */
export function whenPainted(): Promise<void> {
  if (typeof requestAnimationFrame !== "function") return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
