// A 7z archive of files stored as they are (the Copy method), for WPS's offline 加载项 package,
// which WPS takes as .7z. Written from 7-Zip's format description (7zFormat.txt): a signature
// header, the files' bytes, then a header naming one folder per file.
import { crc32 } from "node:zlib";

/** 7z's variable-length number: leading 1 bits in the first byte say how many bytes follow. */
function number(value) {
  const n = BigInt(value);
  for (let extra = 0; extra <= 8; extra++) {
    const highBits = extra === 8 ? 0n : 7n - BigInt(extra);
    if (extra === 8 || n < 1n << (8n * BigInt(extra) + highBits)) {
      const mask = extra === 0 ? 0 : (0xff << (8 - extra)) & 0xff;
      const first = extra === 8 ? 0xff : mask | Number(n >> (8n * BigInt(extra)));
      const bytes = [first];
      for (let i = 0; i < extra; i++) bytes.push(Number((n >> (8n * BigInt(i))) & 0xffn));
      return Buffer.from(bytes);
    }
  }
  throw new Error("number too large");
}

const u32 = (value) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0);
  return b;
};
const u64 = (value) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(value));
  return b;
};
const byte = (...values) => Buffer.from(values);

const ID = {
  end: 0,
  header: 1,
  mainStreamsInfo: 4,
  filesInfo: 5,
  packInfo: 6,
  unpackInfo: 7,
  size: 9,
  crc: 0x0a,
  folder: 0x0b,
  codersUnpackSize: 0x0c,
  name: 0x11,
};

/**
 * The archive's bytes for files given as { name, data } (name with / between folders; no empty
 * files). Each file is a folder of its own with the Copy coder, its CRC recorded.
 */
export function sevenZip(files) {
  if (files.some((f) => f.data.length === 0)) throw new Error("empty files are not supported");
  const packed = Buffer.concat(files.map((f) => f.data));
  const names = Buffer.concat(files.map((f) => Buffer.from(`${f.name}\0`, "utf16le")));
  const header = Buffer.concat([
    byte(ID.header, ID.mainStreamsInfo),
    byte(ID.packInfo),
    number(0),
    number(files.length),
    byte(ID.size),
    ...files.map((f) => number(f.data.length)),
    byte(ID.end),
    byte(ID.unpackInfo, ID.folder),
    number(files.length),
    byte(0),
    // One coder a folder: id size 1, simple, id 0x00 (Copy).
    ...files.map(() => byte(1, 0x01, 0x00)),
    byte(ID.codersUnpackSize),
    ...files.map((f) => number(f.data.length)),
    byte(ID.crc, 1),
    ...files.map((f) => u32(crc32(f.data))),
    byte(ID.end),
    byte(ID.end),
    byte(ID.filesInfo),
    number(files.length),
    byte(ID.name),
    number(names.length + 1),
    byte(0),
    names,
    byte(ID.end),
    byte(ID.end),
  ]);
  const start = Buffer.concat([u64(packed.length), u64(header.length), u32(crc32(header))]);
  const signature = Buffer.concat([
    byte(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4),
    u32(crc32(start)),
    start,
  ]);
  return Buffer.concat([signature, packed, header]);
}
