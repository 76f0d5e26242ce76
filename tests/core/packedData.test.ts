import { describe, expect, it } from "vitest";
import { packData, unpackData } from "../../src/core/packedData";

describe("packed data", () => {
  it("reads back the value written, typed arrays included, from a file read at any offset", () => {
    const value = {
      words: ["党建", "引领"],
      nested: [{ offsets: Int32Array.from([0, -1, 70000]), n: 3 }, null, "文字"],
      pairs: Uint8Array.from([1, 2, 3]),
      units: Uint16Array.from([0x515a, 10]),
      empty: new Int32Array(0),
    };
    const file = packData(value);
    expect(unpackData(file)).toEqual(value);
    const shifted = new Uint8Array(file.length + 3);
    shifted.set(file, 3);
    const read = unpackData<typeof value>(shifted.subarray(3));
    expect(read).toEqual(value);
    expect(read.nested[0]).toMatchObject({ offsets: expect.any(Int32Array) });
  });

  it("lists where the arrays are, an array met twice written once", () => {
    const shared = Uint16Array.from([7, 8]);
    const value = { a: [[shared], { b: shared, skipped: undefined }], c: [Uint8Array.from([9])] };
    const file = packData(value);
    const headerLength = new DataView(file.buffer).getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(file.subarray(4, 4 + headerLength))) as {
      typed: unknown[];
    };
    expect(header.typed).toEqual([
      ["a", 0, 0],
      ["a", 1, "b"],
      ["c", 0],
    ]);
    expect(file.length).toBe(8 + Math.ceil((4 + headerLength) / 8) * 8 + 8);
    expect(unpackData(file)).toEqual({ a: [[shared], { b: shared }], c: [Uint8Array.from([9])] });
  });
});
