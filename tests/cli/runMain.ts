import { readFile } from "node:fs/promises";
import { main } from "../../src/cli/main";

/** The command line run in this process, with what it wrote to stdout and stderr. */
export async function runMain(
  args: readonly string[],
  read: (path: string) => Promise<Uint8Array> = (p) => readFile(p)
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    read,
  });
  return { code, out, err };
}
