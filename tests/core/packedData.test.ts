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
});
