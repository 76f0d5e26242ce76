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
export function packData(data: unknown): Uint8Array {
  const records: Path[] = [];
  const value = byColumn(data, [], records);
  const found = typedArrays(value, [], []);
  const arrays = [...new Set(found.map((f) => f.array))];
  const placed = new Map<TypedArray, Placed>();
  let size = 0;
  for (const array of arrays) {
    placed.set(array, { $typed: kindOf(array)!, at: size, length: array.length });
    size = aligned(size + array.byteLength);
  }
  const header = JSON.stringify(
    { typed: found.map((f) => f.path), records, value } satisfies Header,
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
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  const base = bytes.byteOffset + aligned(4 + length);
  const header = new TextDecoder().decode(bytes.subarray(4, 4 + length));
  const buffer = bytes.buffer as ArrayBuffer;
  const view = ({ $typed, at, length: n }: Placed) =>
    new KINDS[$typed](buffer, base + at, n) as TypedArray;
  const { typed, records, value } = JSON.parse(header) as Header;
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
