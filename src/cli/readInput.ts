import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { concatBytes } from "./concatBytes";
import { ReadError } from "./readError";

/**
 * The largest input file read: a report with pictures is a few MB; this leaves room and stops
 * /dev/zero.
 */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

/**
 * A file's bytes, refusing more than `limit` however the file presents its size (devices and pipes
 * have none). Read synchronously: files are checked one after another, and Node's promise-based
 * file functions cost a check more to load than they save.
 */
export async function readInput(path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  return Promise.resolve().then(() => readInputNow(path, limit));
}

function readInputNow(path: string, limit: number): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    if (info.isFile() && info.size > limit) throw tooLarge(limit);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1 << 20, limit + 1 - total));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooLarge(limit);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return concatBytes(chunks);
  } finally {
    closeSync(fd);
  }
}

const tooLarge = (limit: number) =>
  new ReadError(`文件超过 ${Math.round(limit / 1024 / 1024)} MB，不像是一份报告，已停止读取。`);
