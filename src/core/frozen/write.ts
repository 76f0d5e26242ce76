// Writing what a frozen value reads lazily (layout.ts).
import { indexArray } from "../indexArray";
import { toColumns } from "../packedRecords";
import type { LazyItems, LazyRecords } from "./layout";

const isTyped = (v: unknown) => ArrayBuffer.isView(v);
export const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** What a long array holds, if it can be read lazily: objects only, or strings only. */
export function lazyKind(items: readonly unknown[]): "objects" | "strings" | undefined {
  if (items.every((x) => typeof x === "string")) return "strings";
  if (items.every((x) => typeof x === "object" && x !== null && !isTyped(x))) return "objects";
  return undefined;
}

/** Strings one after another, where each begins. */
export function lazyItems(texts: readonly string[], strings: boolean): LazyItems {
  const offsets = new Int32Array(texts.length + 1);
  texts.forEach((t, i) => (offsets[i + 1] = offsets[i]! + t.length));
  const text = new Uint16Array(offsets[texts.length]!);
  let at = 0;
  for (const t of texts) for (let i = 0; i < t.length; i++) text[at++] = t.charCodeAt(i);
  return { length: texts.length, strings, text, offsets: indexArray(offsets) };
}

/** Numbers as written: whole ones from 0 in 16 or 32 bits, any others in 64. */
function numbersArray(values: readonly number[]): Float64Array | Uint16Array | Int32Array {
  const whole = values.every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 31);
  return whole ? indexArray(values) : Float64Array.from(values);
}

/**
 * Records by column (packedRecords.ts), where each column is of few distinct strings, of numbers
 * only or of strings only; undefined for anything else.
 */
export function lazyRecords(items: readonly unknown[]): LazyRecords | undefined {
  const columns = toColumns(items);
  if (!columns) return undefined;
  const written: LazyRecords["columns"] = [];
  for (const column of columns.columns) {
    if (!Array.isArray(column)) written.push(column);
    else if (column.every(isNumber)) written.push({ numbers: numbersArray(column as number[]) });
    else if (column.every((v) => typeof v === "string"))
      written.push({ text: lazyItems(column as string[], true) });
    else return undefined;
  }
  return { length: columns.length, keys: columns.$records, columns: written };
}
