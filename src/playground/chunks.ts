/**
 * A paragraph longer than this is drawn as blocks, so one keystroke lays out one block, not the
 * whole paragraph.
 */
export const LONG_PARAGRAPH = 4000;
/** A block ends at the first punctuation mark after this many characters… */
const BLOCK_MIN = 1000;
/** …or here when there is none. */
const BLOCK_MAX = 4000;
const BREAK = /[。！？；，、：!?;,:\n]/;

/**
 * Where a long paragraph's blocks start and end. The ends are found from each block's own start, so
 * typing inside one block moves only that block's end, and the blocks after it stay as they were.
 */
export function blockRanges(text: string): Array<[number, number]> {
  if (text.length <= LONG_PARAGRAPH) return [[0, text.length]];
  const ranges: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    // Searched in a window, so text without punctuation is not scanned to its end for every block.
    const found = text.slice(start + BLOCK_MIN, start + BLOCK_MAX).search(BREAK);
    const end =
      found >= 0 ? start + BLOCK_MIN + found + 1 : Math.min(text.length, start + BLOCK_MAX);
    ranges.push([start, end]);
    start = end;
  }
  return ranges;
}
