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
 * Item i of a long array as text, decoded alone: a check asks for few items of most arrays. Strings
 * are short: where the file defers a text, a text of strings is read whole when first asked for, a
 * text of frozen items one item at a time.
 */
export function textsOf(
  { text, offsets, strings }: LazyItems,
  decode: Decode
): (i: number) => string {
  let units = strings ? undefined : text;
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

/** Questions by index a lazy array answers before it makes all its items and steps aside. */
const WHOLE_AFTER = 4_000;

/**
 * An array whose items are made when first asked for by index. Anything else asked of it (a
 * method, iteration, its keys) makes them all, and the array itself then takes the proxy's place
 * in its holder; so does a long text's many questions.
 */
export function lazyArray(
  items: { length: number },
  make: (i: number) => unknown,
  holder: Record<string | number, unknown>,
  key: string | number
): unknown[] {
  const made: unknown[] = new Array(items.length);
  const done = new Uint8Array(items.length);
  const item = (i: number) => {
    if (done[i] === 0) {
      made[i] = make(i);
      done[i] = 1;
    }
    return made[i];
  };
  const whole = () => {
    for (let i = 0; i < items.length; i++) item(i);
    if (holder[key] === proxy) holder[key] = made;
    return made;
  };
  // A long text asks for items again and again: past this many questions, the array itself answers.
  let questions = Math.max(WHOLE_AFTER, items.length);
  const proxy: unknown[] = new Proxy(made, {
    get(_, name) {
      if (name === "length") return items.length;
      const i = indexOf(name);
      if (i !== -1) {
        if (--questions === 0) whole();
        return i < items.length ? item(i) : undefined;
      }
      return Reflect.get(whole(), name, made) as unknown;
    },
    has: (_, name) => {
      const i = indexOf(name);
      return i !== -1 ? i < items.length : Reflect.has(whole(), name);
    },
    ownKeys: () => Reflect.ownKeys(whole()),
    getOwnPropertyDescriptor: (_, name) => Reflect.getOwnPropertyDescriptor(whole(), name),
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  });
  return proxy;
}

/** Record i of records written by column. */
export function recordsOf(
  { keys, columns }: LazyRecords,
  decode: Decode
): (i: number) => Record<string, Field> {
  const read = columns.map((column) => {
    if ("codes" in column) return (i: number) => column.$dict[column.codes[i]!]!;
    if ("numbers" in column) return (i: number) => column.numbers[i]!;
    return textsOf(column.text, decode);
  });
  return (i) => {
    const record: Record<string, Field> = {};
    for (let k = 0; k < keys.length; k++) {
      const v = read[k]!(i);
      if (v !== null) record[keys[k]!] = v;
    }
    return record;
  };
}

/** A Map read as each key is first asked for. */
export function lazyMap(
  { keys, values }: LazyMap,
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
  const at = (key: unknown) => keyIndex().get(key);
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
