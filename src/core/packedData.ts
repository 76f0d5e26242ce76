// Plain data with typed arrays in one file that loads without parsing the arrays: a JSON header,
// then each array's bytes, which the loaded value views in place. Long arrays of like objects are
// written by column (packedRecords.ts). The header lists where the arrays and the columns are, so
// that loading visits those places only, not every value.
import type { Columns } from "./packedRecords";
import { fromColumns, toColumns } from "./packedRecords";

type TypedArray = Float64Array | Int32Array | Uint16Array | Uint8Array;
const KINDS = { Float64Array, Int32Array, Uint16Array, Uint8Array } as const;
type Kind = keyof typeof KINDS;

/**
 * An array's place in the file: its kind, where its bytes begin after the header, how many items.
 */
interface Placed {
  $typed: Kind;
  at: number;
  length: number;
}

const ALIGN = 8;
const aligned = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

function kindOf(value: unknown): Kind | undefined {
  if (value instanceof Float64Array) return "Float64Array";
  if (value instanceof Int32Array) return "Int32Array";
  if (value instanceof Uint16Array) return "Uint16Array";
  if (value instanceof Uint8Array) return "Uint8Array";
  return undefined;
}

/** A place in a value: the keys and indexes that lead to it. */
type Path = Array<string | number>;

/**
 * The header: the value with each typed array replaced by its Placed and each long array of like
 * objects by its Columns, and where those are.
 */
interface Header {
  typed: Path[];
  records: Path[];
  value: unknown;
  /** Bytes of the arrays read with the header; the deferred ones follow. */
  eager?: number;
}

export interface PackOptions {
  /**
   * Arrays read in parts as they are asked for (FileUnits), written last: by their place in the
   * value.
   */
  deferred?: (path: Path) => boolean;
}

/** A deferred array: its length, and any part of it read from the file when asked for. */
export interface FileUnits {
  readonly length: number;
  subarray(from: number, to: number): Uint16Array;
}

/** The value with its long arrays of like objects by column; where those are, in `found`. */
function byColumn(value: unknown, path: Path, found: Path[]): unknown {
  if (typeof value !== "object" || value === null || kindOf(value)) return value;
  if (Array.isArray(value)) {
    const columns = toColumns(value);
    if (columns) {
      found.push(path);
      return columns;
    }
    return value.map((v, i) => byColumn(v, [...path, i], found));
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, byColumn(v, [...path, key], found)])
  );
}

/** Each typed array in a value, with its path, in the order JSON.stringify meets them. */
function typedArrays(value: unknown, path: Path, found: Array<{ path: Path; array: TypedArray }>) {
  if (typeof value !== "object" || value === null) return found;
  if (kindOf(value)) found.push({ path, array: value as TypedArray });
  else if (Array.isArray(value)) value.forEach((v, i) => typedArrays(v, [...path, i], found));
  else
    for (const [key, v] of Object.entries(value))
      if (v !== undefined) typedArrays(v, [...path, key], found);
  return found;
}

/**
 * The file of a value made of JSON values and typed arrays (little-endian, as every platform
 * Node.js runs on).
 */
export function packData(data: unknown, { deferred }: PackOptions = {}): Uint8Array {
  const records: Path[] = [];
  const value = byColumn(data, [], records);
  const found = typedArrays(value, [], []);
  const later = new Set(found.filter((f) => deferred?.(f.path)).map((f) => f.array));
  for (const array of later)
    if (!(array instanceof Uint16Array)) throw new Error("只有 Uint16Array 可以推迟读取");
  const all = [...new Set(found.map((f) => f.array))];
  const arrays = [...all.filter((a) => !later.has(a)), ...all.filter((a) => later.has(a))];
  const placed = new Map<TypedArray, Placed>();
  let size = 0;
  let eager = 0;
  for (const array of arrays) {
    placed.set(array, { $typed: kindOf(array)!, at: size, length: array.length });
    size = aligned(size + array.byteLength);
    if (!later.has(array)) eager = size;
  }
  const header = JSON.stringify(
    {
      typed: found.map((f) => f.path),
      records,
      value,
      ...(later.size > 0 ? { eager } : {}),
    } satisfies Header,
    (_, v) => (kindOf(v) ? placed.get(v as TypedArray) : (v as unknown))
  );
  const head = new TextEncoder().encode(header);
  const base = aligned(4 + head.length);
  const bytes = new Uint8Array(base + size);
  new DataView(bytes.buffer).setUint32(0, head.length, true);
  bytes.set(head, 4);
  let at = base;
  for (const array of arrays) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at = aligned(at + array.byteLength);
  }
  return bytes;
}

/** The value of a file packData wrote; its typed arrays view the file's bytes. */
export function unpackData<T>(file: Uint8Array): T {
  // Views need their kind's alignment: a file read into a shared pool may start anywhere.
  const bytes = file.byteOffset % ALIGN === 0 ? file : file.slice();
  return unpackFrom<T>((at, length) => bytes.subarray(at, at + length));
}

/**
 * The value of a file packData wrote, read by parts (`read` gives `length` bytes from `at`): the
 * header and the arrays with it at once, a deferred array's parts as they are asked for.
 */
export function unpackFrom<T>(read: (at: number, length: number) => Uint8Array): T {
  // Copied where not aligned (a Buffer's slice() would not copy).
  const aligning = (b: Uint8Array) => (b.byteOffset % ALIGN === 0 ? b : new Uint8Array(b));
  const start = read(0, 4);
  const length = new DataView(start.buffer, start.byteOffset, 4).getUint32(0, true);
  const base = aligned(4 + length);
  const { typed, records, value, eager } = JSON.parse(
    new TextDecoder().decode(read(4, length))
  ) as Header;
  const bytes = aligning(read(base, eager ?? Infinity));
  const buffer = bytes.buffer as ArrayBuffer;
  const view = ({ $typed, at, length: n }: Placed): TypedArray | FileUnits => {
    if (eager === undefined || at < eager)
      return new KINDS[$typed](buffer, bytes.byteOffset + at, n) as TypedArray;
    return {
      length: n,
      subarray(from: number, to: number) {
        const part = aligning(read(base + at + from * 2, (Math.min(to, n) - from) * 2));
        return new Uint16Array(part.buffer, part.byteOffset, part.byteLength / 2);
      },
    };
  };
  const root = { value } as Record<string | number, unknown>;
  const replace = (path: Path, by: (v: never) => unknown) => {
    let holder = root;
    let key: string | number = "value";
    for (const step of path) {
      holder = holder[key] as Record<string | number, unknown>;
      key = step;
    }
    holder[key] = by(holder[key] as never);
  };
  // The arrays first: a column may be one.
  for (const path of typed) replace(path, (p: Placed) => view(p));
  for (const path of records) replace(path, (c: Columns) => fromColumns(c));
  return root.value as T;
}
