// In the command-line build, what scripts/build-cli.mjs froze into dist-cli/checks.bin
// (src/cli/buildTables.ts): the 提法 entries and the checks' matchers. Read at the first check; an
// entry, and each part of a matcher, is made only when a text first needs it.
import { fstatSync, openSync, readSync } from "node:fs";
import type { FormulationEntry } from "../content/phrases/types";
import { thaw } from "../core/frozen";
import { unpackFrom } from "../core/packedData";
import type { ChecksFile, ShippedChecks } from "./checksFile";
import { BrokenInstall } from "./brokenInstall";
import { checkClasses } from "./checkClasses";

/**
 * UTF-16 code units as a string: a short one (most items are a few words) by fromCharCode, a long
 * one by Node.js's Buffer, which reads it fastest.
 */
const decode = (units: Uint16Array) =>
  units.length <= 256
    ? String.fromCharCode.apply(null, units as unknown as number[])
    : Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString("utf16le");

let file: ChecksFile | undefined;
let entries: FormulationEntry[] | undefined;
let checks: ShippedChecks | undefined;

/**
 * The header and the tables at once; the long texts in parts, as a check first needs each. A file
 * missing, short or unreadable is a broken installation, not a problem of the file being checked.
 */
function read(): ChecksFile {
  if (file) return file;
  try {
    const fd = openSync(new URL("./checks.bin", import.meta.url), "r");
    const size = fstatSync(fd).size;
    return (file = unpackFrom<ChecksFile>((at, length) => {
      const end = length === Infinity ? size : at + length;
      if (end > size) throw new BrokenInstall();
      const bytes = Buffer.allocUnsafe(end - at);
      for (let done = 0; done < bytes.length;) {
        const n = readSync(fd, bytes, done, bytes.length - done, at + done);
        if (n === 0) throw new BrokenInstall();
        done += n;
      }
      return bytes;
    }));
  } catch {
    throw new BrokenInstall();
  }
}

/** The 提法 entries, as the data files give them less what only the library shows. */
export function shippedEntries(): FormulationEntry[] {
  return (entries ??= thaw<FormulationEntry[]>(read().entries, { classes: {}, decode }));
}

export function shippedChecks(): ShippedChecks {
  return (checks ??= thaw<ShippedChecks>(read().checks, {
    classes: checkClasses(),
    shared: shippedEntries(),
    decode,
  }));
}
