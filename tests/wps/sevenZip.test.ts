import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM build helper
import { sevenZip } from "../../scripts/wps/sevenZip.mjs";

const files = [
  { name: "index.html", data: Buffer.from("<html>党建写作助手</html>") },
  { name: "wps.js", data: Buffer.alloc(70_000, 0x61) },
];
const archive: Buffer = sevenZip(files);

/** Is 7-Zip here to open the archive as WPS's unpacker would? */
const sevenZipTool = (() => {
  try {
    execFileSync("7z", ["i"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("the offline package's 7z writer", () => {
  it("writes the signature header with its CRCs and the files' bytes right after it", () => {
    expect([...archive.subarray(0, 6)]).toEqual([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]);
    expect(archive.readUInt32LE(8)).toBe(crc32(archive.subarray(12, 32)));
    const offset = Number(archive.readBigUInt64LE(12));
    const size = Number(archive.readBigUInt64LE(20));
    expect(32 + offset + size).toBe(archive.length);
    expect(archive.readUInt32LE(28)).toBe(crc32(archive.subarray(32 + offset)));
    expect(archive.subarray(32, 32 + offset)).toEqual(Buffer.concat(files.map((f) => f.data)));
    // Sizes over 16 KB take 7z's three-byte number: 0xC0 | high bits, then two bytes, low first.
    const header = archive.subarray(32 + offset);
    expect(header.includes(Buffer.from([0xc1, 0x70, 0x11]))).toBe(true);
    expect(header.includes(Buffer.from("index.html\0", "utf16le"))).toBe(true);
  });

  it.skipIf(!sevenZipTool)("opens in 7-Zip with the files as they were", () => {
    const dir = mkdtempSync(join(tmpdir(), "dangjian-7z-"));
    try {
      writeFileSync(join(dir, "p.7z"), archive);
      execFileSync("7z", ["x", "-y", `-o${join(dir, "out")}`, join(dir, "p.7z")], {
        stdio: "ignore",
      });
      for (const f of files) expect(readFileSync(join(dir, "out", f.name))).toEqual(f.data);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
