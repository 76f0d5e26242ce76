// Reading lazily what a frozen value wrote so (layout.ts): each item made when first asked for.
import type { Field } from "../packedRecords";
import type { Decode, LazyItems, LazyMap, LazyRecords } from "./layout";

/** UTF-16 code units as a string, in pieces: a function takes so many arguments only. */
export function decodeUnits(units: Uint16Array): string {
  let out = "";
  for (let at = 0; at < units.length; at += 8192)
    out += String.fromCharCode.apply(null, units.subarray(at, at + 8192) as unknown as number[]);
  return out;
}

/**
 * A deferred text of frozen items this short (in UTF-16 units, 64 KB) is read whole when first
 * asked for: one read costs less than the dozens a check makes of its items.
 */
const READ_WHOLE = 32 * 1024;

/**
 * Item i of a long array as text, decoded alone: a check asks for few items of most arrays. Where
 * the file defers a text, a text of strings, or a short one, is read whole when first asked for, a
 * long text of frozen items one item at a time.
 */
export function textsOf(
  { text, offsets, strings }: LazyItems,
  decode: Decode
): (i: number) => string {
  let units = strings || text.length <= READ_WHOLE ? undefined : text;
  return (i) => {
    units ??= text.subarray(0, text.length);
    return decode(units.subarray(offsets[i]!, offsets[i + 1]!));
  };
}

/** Every item of a long array as text, decoded at once. */
function allTexts({ text, offsets, length }: LazyItems, decode: Decode): string[] {
  const whole = decode(text.subarray(0, text.length));
  return Array.from({ length }, (_, i) => whole.slice(offsets[i]!, offsets[i + 1]!));
}

/** An array index given as a property key; -1 for any other key. */
function indexOf(key: string | symbol): number {
  if (typeof key !== "string" || key.length === 0 || key.length > 9) return -1;
  if (key.length > 1 && key.charCodeAt(0) === 48) return -1;
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * An array whose items are made when first asked for by index. It is a real array with holes
 * whose prototype stands in for the items not made yet: reading a hole asks the prototype, which
 * makes the item and puts it in its place, so later reads are plain array reads. Anything else
 * asked of the prototype (a method, iteration) makes all the items and gives the array back its
 * ordinary prototype. What looks at own properties only (Object.keys, structuredClone) sees the
 * items made so far.
 */
export function lazyArray(items: { length: number }, make: (i: number) => unknown): unknown[] {
  const array: unknown[] = new Array(items.length);
  let whole = false;
  const all = () => {
    if (whole) return;
    whole = true;
    Object.setPrototypeOf(array, Array.prototype);
    for (let i = 0; i < items.length; i++) if (!Object.hasOwn(array, i)) array[i] = make(i);
  };
  const stand = new Proxy(Array.prototype, {
    get(prototype, name, receiver) {
      if (receiver === array) {
        const i = indexOf(name);
        if (i !== -1) return i < items.length ? (array[i] = make(i)) : undefined;
        all();
      }
      return Reflect.get(prototype, name, receiver) as unknown;
    },
    has(prototype, name) {
      const i = indexOf(name);
      if (i !== -1) return i < items.length;
      all();
      return Reflect.has(prototype, name);
    },
  });
  Object.setPrototypeOf(array, stand);
  return array;
}

/** Record i of records written by column. */
export function recordsOf(
  { keys, columns }: LazyRecords,
  decode: Decode
): (i: number) => Record<string, Field> {
  const texts = columns.map((column) =>
    "text" in column ? textsOf(column.text, decode) : undefined
  );
  // Each column read here, not by a small function of its own: small functions called for every
  // record are handed to the optimizing compiler at once, which costs a short check more than it
  // saves.
  return (i) => {
    const record: Record<string, Field> = {};
    for (let k = 0; k < keys.length; k++) {
      const column = columns[k]!;
      const v =
        "codes" in column
          ? column.$dict[column.codes[i]!]!
          : "numbers" in column
            ? column.numbers[i]!
            : texts[k]!(i);
      if (v !== null) record[keys[k]!] = v;
    }
    return record;
  };
}

/** The place of a number among keys, by halving their ascending order; undefined if absent. */
function numberAt(
  keys: Float64Array,
  ascending: Uint16Array | Int32Array,
  key: number
): number | undefined {
  let low = 0;
  let high = ascending.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const place = ascending[middle]!;
    const k = keys[place]!;
    if (k === key) return place;
    if (k < key) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** A Map read as each key is first asked for: numbers looked up in their order, strings in a Map. */
export function lazyMap(
  { keys, values, ascending }: LazyMap,
  decode: Decode,
  valueOf: (text: string) => unknown
): Map<unknown, unknown> {
  const value = textsOf(values, decode);
  let index: Map<unknown, number> | undefined;
  const keyIndex = () => {
    if (!index) {
      const all = keys instanceof Float64Array ? [...keys] : allTexts(keys, decode);
      index = new Map(all.map((k, i) => [k, i]));
    }
    return index;
  };
  const made = new Map<number, unknown>();
  const at =
    keys instanceof Float64Array && ascending
      ? (key: unknown) => (typeof key === "number" ? numberAt(keys, ascending, key) : undefined)
      : (key: unknown) => keyIndex().get(key);
  const get = (key: unknown) => {
    const i = at(key);
    if (i === undefined) return undefined;
    if (!made.has(i)) made.set(i, valueOf(value(i)));
    return made.get(i);
  };
  const has = (key: unknown) => at(key) !== undefined;
  let whole: Map<unknown, unknown> | undefined;
  const real = () => {
    if (!whole) {
      whole = new Map();
      for (const k of keyIndex().keys()) whole.set(k, get(k));
    }
    return whole;
  };
  return new Proxy(new Map(), {
    get(_, name) {
      if (name === "get") return get;
      if (name === "has") return has;
      const v = Reflect.get(real(), name, real()) as unknown;
      return typeof v === "function" ? (v as () => unknown).bind(real()) : v;
    },
  });
}

/** A Set of strings made when first used. */
export function lazySet(items: LazyItems, decode: Decode): Set<string> {
  let set: Set<string> | undefined;
  const real = () => (set ??= new Set(allTexts(items, decode)));
  const has = (value: string) => real().has(value);
  return new Proxy(new Set<string>(), {
    get(_, name) {
      if (name === "has") return has;
      const value = Reflect.get(real(), name, real()) as unknown;
      return typeof value === "function" ? (value as () => unknown).bind(real()) : value;
    },
  });
}
