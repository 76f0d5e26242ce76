import { Inflate } from "fflate";
import { concatBytes } from "../concatBytes";
import { ReadError } from "../readError";

/** What a .docx may unpack to: far above any real report, far below what would exhaust memory. */
export const LIMITS = { part: 64 * 1024 * 1024, total: 256 * 1024 * 1024, entries: 20_000 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const broken = () =>
  new ReadError("不是有效的 .docx 文件（无法解压），可能已损坏，或是改了扩展名的其他文件。");
const tooLarge = () =>
  new ReadError("文件解压后过大（超过安全上限），可能不是正常的 Word 文档，已停止读取。");
const twice = (name: string) =>
  new ReadError(
    `文件中有两个同名的部分（${name}），无法确定哪一个有效，Word 也会拒绝打开。文件可能已损坏或被改动过。`
  );

/** One zip entry as stored: enough to copy it into a new archive byte for byte. */
export interface ZipEntry {
  name: string;
  /** The name as written in the archive. */
  nameBytes: Uint8Array;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  /** Its data as stored (compressed when method is 8). */
  stored: Uint8Array;
  size: number;
}

/**
 * The zip's entries in archive order, by name; a ReadError for a damaged archive or a name given
 * twice.
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end === -1) throw broken();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count > LIMITS.entries) throw tooLarge();
  const decoder = new TextDecoder("utf-8");
  const found = new Map<string, ZipEntry>();
  // Package part names are equal regardless of case (ECMA-376 Part 2, 9.1.1.1.2).
  const folded = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw broken();
    const nameLength = view.getUint16(at + 28, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = decoder.decode(nameBytes);
    if (folded.has(name.toLowerCase())) throw twice(name);
    folded.add(name.toLowerCase());
    const compressedSize = view.getUint32(at + 20, true);
    // Zip64 sizes: no report comes near 4 GB.
    if (compressedSize === 0xffffffff || view.getUint32(at + 24, true) === 0xffffffff)
      throw tooLarge();
    const local = view.getUint32(at + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw broken();
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const stored = bytes.subarray(start, start + compressedSize);
    if (stored.length !== compressedSize) throw broken();
    found.set(name, {
      name,
      nameBytes,
      method: view.getUint16(at + 10, true),
      flags: view.getUint16(at + 8, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      stored,
      size: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return found;
}

/**
 * One entry's bytes, inflated in steps so that a bomb stops at the limit instead of filling memory.
 */
function extract(entry: ZipEntry, budget: { left: number }): Uint8Array {
  const data = entry.stored;
  if (entry.method === 0) {
    budget.left -= data.length;
    if (data.length > LIMITS.part || budget.left < 0) throw tooLarge();
    return data;
  }
  if (entry.method !== 8) throw broken();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    budget.left -= chunk.length;
    if (size > LIMITS.part || budget.left < 0) throw tooLarge();
    chunks.push(chunk);
  });
  const STEP = 1 << 16;
  try {
    for (let i = 0; i < data.length; i += STEP)
      inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    if (data.length === 0) inflate.push(data, true);
  } catch (error) {
    throw error instanceof ReadError ? error : broken();
  }
  return concatBytes(chunks);
}

/**
 * The entries whose names `wanted` accepts, decompressed within LIMITS; a ReadError in Chinese
 * otherwise.
 */
export function readArchive(
  entries: ReadonlyMap<string, ZipEntry>,
  wanted: (name: string) => boolean
): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  const budget = { left: LIMITS.total };
  for (const [name, entry] of entries) {
    if (wanted(name)) parts.set(name, extract(entry, budget));
  }
  return parts;
}
