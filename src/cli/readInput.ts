import { open } from "node:fs/promises";
import { concatBytes } from "./concatBytes";
import { ReadError } from "./readError";

/**
 * The largest input file read: a report with pictures is a few MB; this leaves room and stops
 * /dev/zero.
 */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

/**
 * A file's bytes, refusing more than `limit` however the file presents its size (devices and pipes
 * have none).
 */
export async function readInput(path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    if (info.isFile() && info.size > limit) throw tooLarge(limit);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1 << 20, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooLarge(limit);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return concatBytes(chunks);
  } finally {
    await handle.close();
  }
}

const tooLarge = (limit: number) =>
  new ReadError(`文件超过 ${Math.round(limit / 1024 / 1024)} MB，不像是一份报告，已停止读取。`);
