import { deflateSync } from "fflate";
import { concatBytes } from "../concatBytes";
import type { ZipEntry } from "./archive";
import { crc32 } from "./crc32";

/** Bit 3 (sizes in a descriptor after the data) is cleared: our local headers carry them. */
const DESCRIPTOR_FLAG = 0x0008;
/** Bit 11: the name is UTF-8. */
const UTF8_FLAG = 0x0800;
/**
 * A new part's date and time: 1 January 1980, the zip format's first day, so a run repeats byte for
 * byte.
 */
const FIRST_DAY = 0x0021;

/** A new or rewritten part, deflated, with the date of the part it replaces. */
function newEntry(name: string, xml: string, was: ZipEntry | undefined): ZipEntry {
  const data = new TextEncoder().encode(xml);
  const nameBytes = was?.nameBytes ?? new TextEncoder().encode(name);
  const ascii = nameBytes.every((b) => b < 0x80);
  return {
    name,
    nameBytes,
    method: 8,
    flags: ascii ? 0 : UTF8_FLAG,
    time: was?.time ?? 0,
    date: was?.date ?? FIRST_DAY,
    crc: crc32(data),
    stored: deflateSync(data, { level: 6 }),
    size: data.length,
  };
}

function header(signature: number, length: number): [Uint8Array, DataView] {
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, signature, true);
  return [bytes, view];
}

/**
 * The package again, entries in their order: each part not changed is copied as stored, byte for
 * byte; changed parts take their old place and new ones come last, written as UTF-8.
 */
export function writeZip(
  entries: ReadonlyMap<string, ZipEntry>,
  changed: ReadonlyMap<string, string>
): Uint8Array {
  const all = [...entries.values()].map((e) =>
    changed.has(e.name) ? newEntry(e.name, changed.get(e.name)!, e) : e
  );
  for (const [name, xml] of changed)
    if (!entries.has(name)) all.push(newEntry(name, xml, undefined));
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of all) {
    const flags = entry.flags & ~DESCRIPTOR_FLAG;
    const [local, lv] = header(0x04034b50, 30);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint16(10, entry.time, true);
    lv.setUint16(12, entry.date, true);
    lv.setUint32(14, entry.crc, true);
    lv.setUint32(18, entry.stored.length, true);
    lv.setUint32(22, entry.size, true);
    lv.setUint16(26, entry.nameBytes.length, true);
    const [record, cv] = header(0x02014b50, 46);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    record.set(local.subarray(6, 30), 8);
    cv.setUint32(42, offset, true);
    chunks.push(local, entry.nameBytes, entry.stored);
    central.push(record, entry.nameBytes);
    offset += 30 + entry.nameBytes.length + entry.stored.length;
  }
  const directory = concatBytes(central);
  const [end, ev] = header(0x06054b50, 22);
  ev.setUint16(8, all.length, true);
  ev.setUint16(10, all.length, true);
  ev.setUint32(12, directory.length, true);
  ev.setUint32(16, offset, true);
  return concatBytes([...chunks, directory, end]);
}
