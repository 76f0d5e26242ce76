// Long arrays of like objects (the 错别字 check's targets) as packed data keeps them: by column, each
// key written once rather than once per object, and a column of a few distinct strings as one byte
// per object.

/** What a record's fields hold. */
export type Field = string | number | boolean;

/**
 * A column of few distinct strings: each record's string by its number in the list (null where a
 * record lacks the key).
 */
export interface Dictionary {
  $dict: Array<string | null>;
  codes: Uint8Array;
}

/** An array of records by column; null where a record lacks the key. */
export interface Columns {
  $records: string[];
  length: number;
  columns: Array<Array<Field | null> | Dictionary>;
}

/** Shorter arrays cost more to rebuild than to parse. */
const MIN_RECORDS = 32;

const isField = (v: unknown): v is Field =>
  typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * The keys of an array of plain objects whose fields are strings, numbers or booleans, each
 * object's keys in the order of the list (so that it is rebuilt as it was); undefined otherwise.
 */
function keysOf(array: readonly unknown[]): string[] | undefined {
  const keys: string[] = [];
  const index = new Map<string, number>();
  for (const item of array) {
    if (!isPlain(item)) return undefined;
    let last = -1;
    for (const [key, v] of Object.entries(item)) {
      if (v === undefined) continue;
      if (!isField(v)) return undefined;
      let k = index.get(key);
      if (k === undefined) {
        k = keys.length;
        keys.push(key);
        index.set(key, k);
      }
      if (k <= last) return undefined;
      last = k;
    }
  }
  return keys;
}

function column(array: readonly Record<string, unknown>[], key: string): Columns["columns"][0] {
  const values = array.map(
    (o) => (Object.hasOwn(o, key) ? (o[key] as Field | undefined) : undefined) ?? null
  );
  const distinct = [...new Set(values)];
  if (distinct.length > 256 || distinct.length * 4 > values.length) return values;
  if (!distinct.every((v) => v === null || typeof v === "string")) return values;
  const code = new Map(distinct.map((v, i) => [v, i]));
  return {
    $dict: distinct as Array<string | null>,
    codes: Uint8Array.from(values, (v) => code.get(v as string | null)!),
  };
}

/** An array's columns; undefined where it is not a long array of like objects. */
export function toColumns(array: readonly unknown[]): Columns | undefined {
  if (array.length < MIN_RECORDS) return undefined;
  const keys = keysOf(array);
  if (!keys) return undefined;
  const records = array as readonly Record<string, unknown>[];
  return { $records: keys, length: array.length, columns: keys.map((k) => column(records, k)) };
}

/** The records again, each with its keys in their first order. */
export function fromColumns({ $records: keys, length, columns }: Columns): unknown[] {
  const read = columns.map((c) => (Array.isArray(c) ? c : Array.from(c.codes, (n) => c.$dict[n]!)));
  const records: unknown[] = new Array(length);
  for (let i = 0; i < length; i++) {
    const record: Record<string, Field> = {};
    for (let k = 0; k < keys.length; k++) {
      const v = read[k]![i]!;
      if (v !== null) record[keys[k]!] = v;
    }
    records[i] = record;
  }
  return records;
}
