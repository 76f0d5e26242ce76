// How frozen values lay out what is read lazily (src/core/frozen): long arrays, arrays of records,
// Sets of strings and Maps, written item by item.
import type { FileUnits } from "../packedData";
import type { Dictionary } from "../packedRecords";

/**
 * A long array as written: item i is text[offsets[i], offsets[i + 1]), the string itself or the
 * JSON of the item frozen alone.
 */
export interface LazyItems {
  length: number;
  strings: boolean;
  /** Read from the file in parts as they are asked for, where the file defers it. */
  text: Uint16Array | FileUnits;
  offsets: Uint16Array | Int32Array;
}

/**
 * A long array of like records (plain objects of strings, numbers and booleans) as written, by
 * column: few distinct strings by their numbers in a list, numbers as a table, strings as one text.
 */
export interface LazyRecords {
  length: number;
  keys: string[];
  columns: Array<
    Dictionary | { numbers: Float64Array | Uint16Array | Int32Array } | { text: LazyItems }
  >;
}

/** A Map as written: its keys all strings or all numbers, each value frozen alone. */
export interface LazyMap {
  keys: LazyItems | Float64Array;
  values: LazyItems;
  /** Numbers as keys: their places in ascending order, for looking a key up without a Map. */
  ascending?: Uint16Array | Int32Array;
}

/** UTF-16 code units as a string. */
export type Decode = (units: Uint16Array) => string;
