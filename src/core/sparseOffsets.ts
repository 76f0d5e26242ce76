// Where each place's entries begin in a table whose places are mostly empty (a hash table of a few
// thousand wordings over 2^17 places): a bit per place says whether it holds entries, and only the
// places that do keep where theirs begin. About a seventh of the plain offsets' bytes to ship, read
// and hold, and a place is looked up as fast.

import { indexArray } from "./indexArray";

export interface SparseOffsets {
  /** Bit x % 32 of word x >>> 5 is set when place x holds entries. */
  used: Int32Array;
  /** How many places before word w of `used` hold entries. */
  before: Uint16Array | Int32Array;
  /** Where the entries of the k-th place that holds any begin; one more at the end. */
  starts: Uint16Array | Int32Array;
}

/** Set bits in a 32-bit word. */
function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Place x's number among the places that hold entries, -1 when it holds none: its entries are
 * starts[k] to starts[k + 1] - 1. The bits are counted here, not by calling bitCount: a small
 * function called thousands of times in one report is handed to the optimizing compiler at once,
 * which costs a short check more than it saves (typo/table.ts's slotRank does the same).
 */
export function placeRank({ used, before }: SparseOffsets, x: number): number {
  const word = used[x >>> 5]!;
  const bit = 1 << (x & 31);
  if ((word & bit) === 0) return -1;
  let v = word & (bit - 1);
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return before[x >>> 5]! + (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** The sparse form of plain offsets: place x's entries from offsets[x] to offsets[x + 1] - 1. */
export function sparseOffsets(offsets: ArrayLike<number>): SparseOffsets {
  const places = offsets.length - 1;
  const used = new Int32Array(Math.ceil(places / 32));
  const starts: number[] = [];
  for (let x = 0; x < places; x++)
    if (offsets[x + 1]! > offsets[x]!) {
      used[x >>> 5]! |= 1 << (x & 31);
      starts.push(offsets[x]!);
    }
  starts.push(offsets[places]!);
  const before = new Int32Array(used.length);
  let count = 0;
  for (let w = 0; w < used.length; w++) {
    before[w] = count;
    count += bitCount(used[w]!);
  }
  return { used, before: indexArray(before), starts: indexArray(starts) };
}
