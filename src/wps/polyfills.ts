/**
 * What the shared code uses beyond the older Chromium some WPS builds embed (the build lowers
 * syntax to ES2019; these are library methods it cannot lower).
 */
function at<T>(this: ArrayLike<T>, index: number): T | undefined {
  const i = Math.trunc(index) || 0;
  return this[i < 0 ? this.length + i : i];
}

for (const proto of [Array.prototype, String.prototype] as object[]) {
  if (!("at" in proto))
    Object.defineProperty(proto, "at", { value: at, writable: true, configurable: true });
}
