import { describe, expect, it } from "vitest";
import type { FileUnits } from "../../src/core/packedData";
import { packData, unpackData, unpackFrom } from "../../src/core/packedData";

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

describe("packed data read in parts", () => {
  it("reads deferred arrays' parts only when asked for", () => {
    const words = Uint16Array.from("党建引领发展", (c) => c.charCodeAt(0));
    const value = { table: Int32Array.from([1, 2, 3]), text: words, name: "表" };
    const file = packData(value, { deferred: (path) => path.at(-1) === "text" });
    const reads: Array<[number, number]> = [];
    const read = unpackFrom<{ table: Int32Array; text: FileUnits; name: string }>((at, length) => {
      reads.push([at, length]);
      return file.slice(at, Math.min(file.length, at + length));
    });
    expect([...read.table]).toEqual([1, 2, 3]);
    expect(read.name).toBe("表");
    const before = reads.length;
    expect(read.text.length).toBe(6);
    expect(reads.length).toBe(before);
    expect(String.fromCharCode(...read.text.subarray(2, 4))).toBe("引领");
    expect(reads.length).toBe(before + 1);
    expect(reads.at(-1)![1]).toBe(4);
    // Read whole, the same value.
    expect(unpackData<typeof read>(file).text.subarray(0, 6)).toEqual(words);
  });

  it("defers only arrays of UTF-16 units", () => {
    expect(() => packData({ text: Int32Array.from([1]) }, { deferred: () => true })).toThrow(
      /Uint16Array/
    );
  });
});
