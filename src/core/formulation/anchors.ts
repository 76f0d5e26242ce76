import type { SparseOffsets } from "../sparseOffsets";
import { indexArray } from "../indexArray";
import { placeRank, sparseOffsets } from "../sparseOffsets";

/** Where any of many short strings starts in a text, overlapping occurrences included. */
export interface Anchor {
  start: number;
  /** Index of the string in the list given to the search. */
  index: number;
}

const MASK = (1 << 16) - 1;
/** The bucket of a string's first two characters (written out again in AnchorSearch.each). */
const bigram = (a: number, b: number) => ((a * 31) ^ b) & MASK;

/**
 * Finds every occurrence of every string (two characters or more) in one pass: a table of the
 * strings' first two characters says at which positions a string may start, and only there are
 * the strings compared. Unlike MultiSearch it keeps overlapping and nested occurrences, which the
 * canonical comparison needs (a list item inside another entry's phrase).
 */
export class AnchorSearch {
  /** The strings whose first two characters hash to h are in the bucket at place h. */
  private readonly offsets: SparseOffsets;
  private readonly bucket: Uint16Array | Int32Array;
  /** Each string's first three characters, the third -1 for two: compared before the rest. */
  private readonly firsts: Uint16Array;
  private readonly seconds: Uint16Array;
  private readonly thirds: Int32Array;

  constructor(private readonly strings: readonly string[]) {
    for (const s of strings)
      if (s.length < 2)
        throw new Error(`AnchorSearch needs strings of two characters or more: ${s}`);
    this.firsts = Uint16Array.from(strings, (s) => s.charCodeAt(0));
    this.seconds = Uint16Array.from(strings, (s) => s.charCodeAt(1));
    this.thirds = Int32Array.from(strings, (s) => (s.length > 2 ? s.charCodeAt(2) : -1));
    const hashes = strings.map((s) => bigram(s.charCodeAt(0), s.charCodeAt(1)));
    const offsets = new Int32Array(MASK + 2);
    for (const h of hashes) offsets[h + 1]!++;
    for (let h = 0; h <= MASK; h++) offsets[h + 1]! += offsets[h]!;
    const bucket = new Int32Array(strings.length);
    const filled = offsets.slice(0, MASK + 1);
    hashes.forEach((h, index) => (bucket[filled[h]!++] = index));
    this.bucket = indexArray(bucket);
    this.offsets = sparseOffsets(offsets);
  }

  find(text: string, from = 0, to = text.length): Anchor[] {
    const found: Anchor[] = [];
    this.each(text, (start, index) => found.push({ start, index }), from, to);
    return found;
  }

  /** Calls `visit` for each occurrence, in order of start. */
  each(
    text: string,
    visit: (start: number, index: number) => void,
    from = 0,
    to = text.length
  ): void {
    const { offsets, bucket, firsts, seconds, thirds, strings } = this;
    const { used, starts } = offsets;
    let a = text.charCodeAt(from);
    for (let i = from; i < to - 1; i++) {
      const b = text.charCodeAt(i + 1);
      // Most pairs begin no string: told by one bit, written out here as this runs at every
      // character (a small function called so often is compiled again at once, which costs more
      // than it saves in one report).
      const h = ((a * 31) ^ b) & MASK;
      const place = (used[h >>> 5]! & (1 << (h & 31))) === 0 ? -1 : placeRank(offsets, h);
      const end = place === -1 ? 0 : starts[place + 1]!;
      for (let k = place === -1 ? 0 : starts[place]!; k < end; k++) {
        const index = bucket[k]!;
        if (firsts[index] !== a || seconds[index] !== b) continue;
        const third = thirds[index]!;
        if (third !== -1) {
          if (i + 2 >= to || text.charCodeAt(i + 2) !== third) continue;
          const s = strings[index]!;
          if (s.length > 3 && (i + s.length > to || !text.startsWith(s, i))) continue;
        }
        visit(i, index);
      }
      a = b;
    }
  }
}

/**
 * Several lists of strings looked for in one pass over the text: each list's anchors come back
 * with indices into that list, in order of start.
 */
export class GroupedAnchorSearch {
  private readonly search: AnchorSearch;
  /** For searched string s, its places are offsets[s] to offsets[s + 1] of groups and indices. */
  private readonly offsets: Uint16Array | Int32Array;
  private readonly groupOf: Uint16Array | Int32Array;
  private readonly indexOf: Uint16Array | Int32Array;

  constructor(private readonly groups: ReadonlyArray<readonly string[]>) {
    const strings: string[] = [];
    const places: Array<Array<[number, number]>> = [];
    const at = new Map<string, number>();
    groups.forEach((group, g) =>
      group.forEach((s, i) => {
        let n = at.get(s);
        if (n === undefined) {
          n = strings.length;
          at.set(s, n);
          strings.push(s);
          places.push([]);
        }
        places[n]!.push([g, i]);
      })
    );
    this.search = new AnchorSearch(strings);
    const offsets = new Int32Array(strings.length + 1);
    places.forEach((own, n) => (offsets[n + 1] = offsets[n]! + own.length));
    const flat = places.flat();
    this.offsets = indexArray(offsets);
    this.groupOf = indexArray(flat.map(([g]) => g));
    this.indexOf = indexArray(flat.map(([, i]) => i));
  }

  find(text: string): Anchor[][] {
    const found: Anchor[][] = this.groups.map(() => []);
    const { offsets, groupOf, indexOf } = this;
    this.search.each(text, (start, index) => {
      for (let p = offsets[index]!, to = offsets[index + 1]!; p < to; p++)
        found[groupOf[p]!]!.push({ start, index: indexOf[p]! });
    });
    return found;
  }
}
