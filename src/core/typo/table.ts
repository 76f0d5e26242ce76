// Packed tables from three characters to what they index, shared by the near-miss finders.

const TABLE_BITS = 17;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

/** Where three numbers (characters, or a tag and two characters) go in a table: different ones may share a place, so what is found there is compared in full. */
export const slot = (a: number, b: number, c: number) =>
  (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c ^ (c >>> 9)) & TABLE_MASK;

/**
 * What a table holds, as plain numbers that can be derived once and shipped: the place of each
 * entry, in table order (by place, then in the order given), and what each entry is.
 */
export interface PackedPlaces {
  places: Int32Array;
  /** The entry's number in the list it indexes. */
  entries: Int32Array;
}

/** The places of the given entries, sorted by place, keeping the given order within a place. */
export function packPlaces(given: ReadonlyArray<{ at: number; entry: number }>): PackedPlaces {
  const order = given.map((_, i) => i).sort((x, y) => given[x]!.at - given[y]!.at || x - y);
  return {
    places: Int32Array.from(order, (i) => given[i]!.at),
    entries: Int32Array.from(order, (i) => given[i]!.entry),
  };
}

/** Where each place's entries begin: the entries at place x are offsets[x] to offsets[x + 1] - 1. */
export function offsetsOf(places: Int32Array): Int32Array {
  const offsets = new Int32Array(TABLE_MASK + 2);
  for (let i = 0; i < places.length; i++) offsets[places[i]! + 1]!++;
  for (let i = 1; i < offsets.length; i++) offsets[i]! += offsets[i - 1]!;
  return offsets;
}
