// Plain data with typed arrays in one file that loads without parsing the arrays: a JSON header,
// then each array's bytes, which the loaded value views in place.

type TypedArray = Int32Array | Uint16Array | Uint8Array;
const KINDS = { Int32Array, Uint16Array, Uint8Array } as const;
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
  if (value instanceof Int32Array) return "Int32Array";
  if (value instanceof Uint16Array) return "Uint16Array";
  if (value instanceof Uint8Array) return "Uint8Array";
  return undefined;
}

/**
 * The file of a value made of JSON values and typed arrays (little-endian, as every platform
 * Node.js runs on).
 */
export function packData(value: unknown): Uint8Array {
  const arrays: TypedArray[] = [];
  let size = 0;
  const header = JSON.stringify(value, (_, v: unknown) => {
    const kind = kindOf(v);
    if (!kind) return v;
    const array = v as TypedArray;
    const placed: Placed = { $typed: kind, at: size, length: array.length };
    arrays.push(array);
    size = aligned(size + array.byteLength);
    return placed;
  });
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
  const revive = (v: unknown): unknown => {
    if (typeof v !== "object" || v === null) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (typeof v[i] === "object") v[i] = revive(v[i]);
      return v;
    }
    if ("$typed" in v) return view(v as Placed);
    const record = v as Record<string, unknown>;
    for (const key in record)
      if (typeof record[key] === "object") record[key] = revive(record[key]);
    return record;
  };
  return revive(JSON.parse(header)) as T;
}
