/** Word's search treats ^ as a special character even without wildcards. */
export function escapeSearchText(text: string): string {
  return text.replace(/\^/g, "^^");
}

/** Word refuses search text longer than this. */
export const MAX_SEARCH_LENGTH = 255;

/** How many times `needle` occurs, without overlap, before `offset` in `text`. */
export function occurrencesBefore(text: string, needle: string, offset: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1 && at < offset; at = text.indexOf(needle, at + needle.length)) {
    count++;
  }
  return count;
}
