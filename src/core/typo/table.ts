// Packed tables from three characters to what they index, shared by the near-miss finders.

const TABLE_BITS = 17;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

/** Where three numbers (characters, or a tag and two characters) go in a table: different ones may share a place, so what is found there is compared in full. */
export const slot = (a: number, b: number, c: number) =>
  (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c ^ (c >>> 9)) & TABLE_MASK;

/** Targets by place in a table, packed: the targets at place x are entries[offsets[x]] to entries[offsets[x + 1] - 1]. */
export interface Table<E> {
  offsets: Int32Array;
  entries: E[];
}

/** The table of the given places: entries in the order given, within a place. */
export function pack<E>(places: ReadonlyArray<{ at: number; entry: E }>): Table<E> {
  const offsets = new Int32Array(TABLE_MASK + 2);
  for (const { at } of places) offsets[at + 1]!++;
  for (let i = 1; i < offsets.length; i++) offsets[i]! += offsets[i - 1]!;
  const entries = new Array<E>(places.length);
  const next = offsets.slice(0, TABLE_MASK + 1);
  for (const { at, entry } of places) entries[next[at]!++] = entry;
  return { offsets, entries };
}
