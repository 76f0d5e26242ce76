import { mkdir, realpath, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/** Where a file is, links resolved; the path itself when it does not exist yet. */
export async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Write an annotated copy, making its folders; refuses to write over the file it was made from,
 * so the reviewer's input is never changed. Returns the path written.
 */
export async function writeCopy(
  folder: string,
  copy: string,
  bytes: Uint8Array,
  original: string
): Promise<string> {
  const target = resolve(folder, copy);
  if ((await canonical(target)) === (await canonical(original)))
    throw Object.assign(new Error("same file"), { code: "SAME_FILE" });
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, bytes);
  return target;
}
