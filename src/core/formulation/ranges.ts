export interface Range {
  start: number;
  end: number;
}

export const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/**
 * Ranges looked up by overlap in time that grows with the neighbours, not with the paragraph:
 * sorted by start, with the longest length bounding how far back an overlapping one can start.
 */
export class RangeIndex<T extends Range> {
  private readonly sorted: T[];
  private readonly longest: number;

  constructor(ranges: readonly T[]) {
    this.sorted = [...ranges].sort((a, b) => a.start - b.start);
    this.longest = this.sorted.reduce((n, r) => Math.max(n, r.end - r.start), 0);
  }

  /** Every range that overlaps `range`, in order of start. */
  overlapping(range: Range): T[] {
    const from = range.start - this.longest;
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid]!.start < from) low = mid + 1;
      else high = mid;
    }
    const found: T[] = [];
    for (let i = low; i < this.sorted.length && this.sorted[i]!.start < range.end; i++)
      if (overlaps(this.sorted[i]!, range)) found.push(this.sorted[i]!);
    return found;
  }
}
