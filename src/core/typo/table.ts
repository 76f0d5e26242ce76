// Packed tables from three characters to what they index, shared by the near-miss finders.
import type { SparseOffsets } from "../sparseOffsets";
import { indexArray } from "../indexArray";
import { sparseOffsets } from "../sparseOffsets";

const TABLE_BITS = 17;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

/**
 * Where three numbers (characters, or a tag and two characters) go in a table: different ones may
 * share a place, so what is found there is compared in full.
 */
export const slot = (a: number, b: number, c: number) =>
  (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c ^ (c >>> 9)) & TABLE_MASK;

/**
 * placeRank(offsets, slot(a, b, c)) worked out in one function, as a check looks up places: two
 * small functions called thousands of times in one report are handed to the optimizing compiler
 * at once, which costs a short check more than it saves.
 */
export function slotRank({ used, before }: SparseOffsets, a: number, b: number, c: number): number {
  const x = (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c ^ (c >>> 9)) & TABLE_MASK;
  const word = used[x >>> 5]!;
  const bit = 1 << (x & 31);
  if ((word & bit) === 0) return -1;
  let v = word & (bit - 1);
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return before[x >>> 5]! + (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * A table as plain numbers that can be derived once and shipped: the entries in table order (by
 * place, then in the order given), and where each place's entries begin (sparseOffsets.ts).
 */
export interface PackedPlaces {
  offsets: SparseOffsets;
  /** The entry's number in the list it indexes. */
  entries: Uint16Array | Int32Array;
}

/** The table of the given entries by place, keeping the given order within a place. */
export function packPlaces(given: ReadonlyArray<{ at: number; entry: number }>): PackedPlaces {
  const offsets = new Int32Array(TABLE_MASK + 2);
  for (const { at } of given) offsets[at + 1]!++;
  for (let i = 1; i < offsets.length; i++) offsets[i]! += offsets[i - 1]!;
  const entries = new Int32Array(given.length);
  const next = offsets.slice(0, TABLE_MASK + 1);
  for (const { at, entry } of given) entries[next[at]!++] = entry;
  return { offsets: sparseOffsets(offsets), entries: indexArray(entries) };
}
