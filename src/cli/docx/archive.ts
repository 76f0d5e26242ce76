import { Inflate } from "fflate";
import { concatBytes } from "../concatBytes";
import { ReadError } from "../readError";

/** What a .docx may unpack to: far above any real report, far below what would exhaust memory. */
export const LIMITS = { part: 64 * 1024 * 1024, total: 256 * 1024 * 1024, entries: 20_000 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const broken = () => new ReadError("不是有效的 .docx 文件（无法解压），可能已损坏，或是改了扩展名的其他文件。");
const tooLarge = () => new ReadError("文件解压后过大（超过安全上限），可能不是正常的 Word 文档，已停止读取。");

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

/** The zip's central directory: each entry's name, method, size and where its data starts. */
function entries(bytes: Uint8Array): Entry[] {
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
  const found: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw broken();
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    found.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return found;
}

/** One entry's bytes, inflated in steps so that a bomb stops at the limit instead of filling memory. */
function extract(bytes: Uint8Array, entry: Entry, budget: { left: number }): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw broken();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw broken();
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
    for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    if (data.length === 0) inflate.push(data, true);
  } catch (error) {
    throw error instanceof ReadError ? error : broken();
  }
  return concatBytes(chunks);
}

/** The entries whose names `wanted` accepts, decompressed within LIMITS; a ReadError in Chinese otherwise. */
export function readArchive(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  const budget = { left: LIMITS.total };
  for (const entry of entries(bytes)) {
    if (wanted(entry.name)) parts.set(entry.name, extract(bytes, entry, budget));
  }
  return parts;
}
