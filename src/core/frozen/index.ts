// Objects built once (the checks' matchers with their tables) as plain data that makes them again
// without building them. Instances of named classes, Sets, Maps, regular expressions, objects
// reached twice, and objects that belong to data the reader already holds (the 提法 library) are
// recorded as steps; long arrays, Sets and Maps are written item by item and read back as each
// item is first asked for (layout.ts); the rest is JSON with typed arrays, as packedData.ts writes
// it.
import type { Decode, LazyItems, LazyMap, LazyRecords } from "./layout";
import { decodeUnits, lazyArray, lazyMap, lazySet, recordsOf, textsOf } from "./read";
import { isNumber, lazyItems, lazyKind, lazyRecords } from "./write";

/** The classes a frozen value may hold, by name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any constructor will do
export type ClassTable = Readonly<Record<string, abstract new (...args: any[]) => unknown>>;

export interface FreezeOptions {
  classes: ClassTable;
  /** Data the reader holds too: objects inside it are written as where they are in it. */
  shared?: unknown;
  /**
   * Arrays of this many objects or strings, and Sets of this many strings, are written item by
   * item and read back as each item is first asked for: a reader pays only for what it uses.
   */
  lazyFrom?: number;
  /** UTF-16 code units as a string; Node.js's Buffer does it faster than any script. */
  decode?: Decode;
}

type Path = Array<string | number>;

/**
 * What makes a value again, in the order to take: the steps of what an object holds come before
 * its own. "shared" takes the object at a path in the shared data; "keep" and "same" put an
 * object reached twice in both places.
 */
type Step =
  | ["class", Path, string]
  | ["set", Path]
  | ["map", Path]
  | ["regexp", Path]
  | ["lazy", Path]
  | ["lazySet", Path]
  | ["records", Path]
  | ["lazyMap", Path]
  | ["shared", Path, Path]
  | ["keep", Path, number]
  | ["same", Path, number];

export interface Frozen {
  value: unknown;
  steps: Step[];
}

const where = (path: Path) => path.join(".") || "（根）";

/** Where each object inside the shared data is. */
function sharedPlaces(shared: unknown): Map<object, Path> {
  const places = new Map<object, Path>();
  const visit = (v: unknown, path: Path) => {
    if (typeof v !== "object" || v === null || places.has(v) || ArrayBuffer.isView(v)) return;
    places.set(v, path);
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  visit(shared, []);
  return places;
}

/** What every part of one freeze reads. */
interface Context {
  names: Map<unknown, string>;
  inShared: Map<object, Path>;
  lazyFrom: number;
}

/** The value as plain data and typed arrays, with the steps that make it again. */
export function freeze(value: unknown, { classes, shared, lazyFrom }: FreezeOptions): Frozen {
  return freezeIn(value, {
    names: new Map(Object.entries(classes).map(([name, c]) => [c.prototype, name])),
    inShared: shared === undefined ? new Map() : sharedPlaces(shared),
    lazyFrom: lazyFrom ?? Infinity,
  });
}

function freezeIn(value: unknown, context: Context): Frozen {
  const { names, inShared, lazyFrom } = context;
  const steps: Step[] = [];
  const seen = new Map<object, { id: number; done: boolean }>();
  const object = (v: object, path: Path): unknown => {
    const proto = Object.getPrototypeOf(v) as unknown;
    if (v instanceof RegExp) {
      steps.push(["regexp", path]);
      return [v.source, v.flags];
    }
    if (v instanceof Set) {
      const items = [...(v as Set<unknown>)];
      if (items.length >= lazyFrom && lazyKind(items) === "strings") {
        steps.push(["lazySet", path]);
        return lazyItems(items as string[], true);
      }
      const out = items.map((x, i) => walk(x, [...path, i]));
      steps.push(["set", path]);
      return out;
    }
    if (v instanceof Map) {
      const pairs = [...(v as Map<unknown, unknown>)];
      const keys = pairs.map(([k]) => k);
      if (pairs.length >= lazyFrom && (lazyKind(keys) === "strings" || keys.every(isNumber))) {
        steps.push(["lazyMap", path]);
        const values = pairs.map(([, x]) => x);
        if (typeof keys[0] === "string")
          return { keys: lazyItems(keys as string[], true), values: frozenItems(values, context) };
        const numbers = keys as number[];
        const ascending = numbers.map((_, i) => i).sort((a, b) => numbers[a]! - numbers[b]!);
        return {
          keys: Float64Array.from(numbers),
          values: frozenItems(values, context),
          ascending:
            numbers.length < 0x10000 ? Uint16Array.from(ascending) : Int32Array.from(ascending),
        };
      }
      const out = pairs.map(([k, x], i) => [walk(k, [...path, i, 0]), walk(x, [...path, i, 1])]);
      steps.push(["map", path]);
      return out;
    }
    if (Array.isArray(v)) {
      if (proto !== Array.prototype) throw new Error(`不能冻结的数组子类：${where(path)}`);
      if (v.length < lazyFrom) return v.map((x, i) => walk(x, [...path, i]));
      const records = lazyRecords(v);
      if (records) {
        steps.push(["records", path]);
        return records;
      }
      const lazy = lazyKind(v);
      if (!lazy) return v.map((x, i) => walk(x, [...path, i]));
      steps.push(["lazy", path]);
      // An item is frozen alone: what it holds is not looked for in other items.
      return lazy === "strings" ? lazyItems(v as string[], true) : frozenItems(v, context);
    }
    const plain = proto === Object.prototype || proto === null;
    const name = plain ? undefined : names.get(proto);
    if (!plain && name === undefined)
      throw new Error(
        `未登记的类 ${(v as { constructor?: { name?: string } }).constructor?.name ?? "?"}：${where(path)}`
      );
    const fields: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[key];
      if (x !== undefined) fields[key] = walk(x, [...path, key]);
    }
    if (name !== undefined) steps.push(["class", path, name]);
    return fields;
  };
  const walk = (v: unknown, path: Path): unknown => {
    if (typeof v === "function" || typeof v === "symbol" || typeof v === "bigint")
      throw new Error(`不能冻结的值（${typeof v}）：${where(path)}`);
    if (typeof v === "number" && !Number.isFinite(v))
      throw new Error(`不能冻结的数（${v}）：${where(path)}`);
    if (typeof v !== "object" || v === null || ArrayBuffer.isView(v)) return v;
    const place = inShared.get(v);
    if (place) {
      steps.push(["shared", path, place]);
      return 0;
    }
    const met = seen.get(v);
    if (met) {
      if (!met.done) throw new Error(`对象引用了自身，不能冻结：${where(path)}`);
      steps.push(["same", path, met.id]);
      return 0;
    }
    const own = { id: seen.size, done: false };
    seen.set(v, own);
    const out = object(v, path);
    own.done = true;
    steps.push(["keep", path, own.id]);
    return out;
  };
  const frozen = walk(value, []);
  // Only objects met again need keeping.
  const needed = new Set(steps.flatMap((s) => (s[0] === "same" ? [s[2]] : [])));
  return { value: frozen, steps: steps.filter((s) => s[0] !== "keep" || needed.has(s[2])) };
}

/** Each item frozen alone as JSON: what it holds is not looked for in other items. */
function frozenItems(items: readonly unknown[], context: Context): LazyItems {
  const alone = { ...context, lazyFrom: Infinity };
  return lazyItems(
    items.map((item) => JSON.stringify(freezeIn(item, alone))),
    false
  );
}

/**
 * An object of the shared data, taken when first read: the shared data makes its objects as they
 * are first asked for too, and most are never asked for.
 */
function sharedLater(
  holder: Record<string | number, unknown>,
  key: string | number,
  take: () => unknown
): void {
  Object.defineProperty(holder, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = take();
      Object.defineProperty(holder, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
      return value;
    },
  });
}

/** The value freeze() was given, made again from what it wrote; the same classes and shared data. */
export function thaw<T>(frozen: Frozen, options: FreezeOptions): T {
  const { classes, shared, decode = decodeUnits } = options;
  const itemOf = (text: string) => thaw(JSON.parse(text) as Frozen, options);
  const root: Record<string | number, unknown> = { value: frozen.value };
  const kept: unknown[] = [];
  for (const step of frozen.steps) {
    // The holder is still as written: what holds it is made after it.
    let holder = root;
    let key: string | number = "value";
    for (const k of step[1]) {
      holder = holder[key] as Record<string | number, unknown>;
      key = k;
    }
    switch (step[0]) {
      case "class": {
        const made = classes[step[2]];
        if (!made) throw new Error(`冻结数据中的类 ${step[2]} 未登记`);
        // The same object, so that what holds on to it (a lazy array) holds the instance.
        Object.setPrototypeOf(holder[key], made.prototype as object);
        break;
      }
      case "set":
        holder[key] = new Set(holder[key] as unknown[]);
        break;
      case "map":
        holder[key] = new Map(holder[key] as Array<[unknown, unknown]>);
        break;
      case "regexp": {
        const [source, flags] = holder[key] as [string, string];
        holder[key] = new RegExp(source, flags);
        break;
      }
      case "lazy": {
        const items = holder[key] as LazyItems;
        const text = textsOf(items, decode);
        const make = items.strings ? text : (i: number) => itemOf(text(i));
        holder[key] = lazyArray(items, make);
        break;
      }
      case "records": {
        const records = holder[key] as LazyRecords;
        holder[key] = lazyArray(records, recordsOf(records, decode));
        break;
      }
      case "lazyMap":
        holder[key] = lazyMap(holder[key] as LazyMap, decode, itemOf);
        break;
      case "lazySet":
        holder[key] = lazySet(holder[key] as LazyItems, decode);
        break;
      case "shared":
        sharedLater(holder, key, () => {
          let v = shared;
          for (const k of step[2]) v = (v as Record<string | number, unknown> | undefined)?.[k];
          if (v === undefined) throw new Error(`冻结数据所指的共享数据不存在：${where(step[2])}`);
          return v;
        });
        break;
      case "keep":
        kept[step[2]] = holder[key];
        break;
      case "same":
        holder[key] = kept[step[2]];
        break;
    }
  }
  return root.value as T;
}
