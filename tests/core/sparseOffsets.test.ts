import { describe, expect, it } from "vitest";
import { placeRank, sparseOffsets } from "../../src/core/sparseOffsets";
import { packPlaces, slot, slotRank } from "../../src/core/typo/table";

/** Plain offsets of `places` places, with entries at the places given (a place may repeat). */
function plainOffsets(places: number, at: readonly number[]): Int32Array {
  const offsets = new Int32Array(places + 1);
  for (const x of at) offsets[x + 1]!++;
  for (let x = 0; x < places; x++) offsets[x + 1]! += offsets[x]!;
  return offsets;
}

/** A place's entries as the sparse form gives them: [from, to). */
function range(sparse: ReturnType<typeof sparseOffsets>, x: number): [number, number] {
  const k = placeRank(sparse, x);
  return k === -1 ? [0, 0] : [sparse.starts[k]!, sparse.starts[k + 1]!];
}

describe("sparse offsets", () => {
  it("give every place the same entries as the plain offsets", () => {
    // Every bit of a word, both ends of the table, places that repeat and runs of full words.
    let seed = 7;
    const random = () => ((seed = Math.imul(seed, 1103515245) + 12345) >>> 8) % 4096;
    const at = [
      0,
      31,
      32,
      63,
      64,
      4095,
      4095,
      100,
      ...Array.from({ length: 64 }, (_, i) => 1024 + i),
    ];
    for (let i = 0; i < 600; i++) at.push(random());
    const plain = plainOffsets(4096, at);
    const sparse = sparseOffsets(plain);
    for (let x = 0; x < 4096; x++) {
      const [from, to] = range(sparse, x);
      if (plain[x + 1]! === plain[x]!) expect(to - from, `place ${x}`).toBe(0);
      else expect([from, to], `place ${x}`).toEqual([plain[x], plain[x + 1]]);
    }
  });

  it("hold an empty table and one full of entries", () => {
    const empty = sparseOffsets(plainOffsets(256, []));
    expect(Array.from({ length: 256 }, (_, x) => placeRank(empty, x))).toEqual(
      new Array(256).fill(-1)
    );
    const full = sparseOffsets(
      plainOffsets(
        256,
        Array.from({ length: 256 }, (_, x) => x)
      )
    );
    for (let x = 0; x < 256; x++) expect(range(full, x)).toEqual([x, x + 1]);
  });

  it("are a fraction of the plain offsets' size for a sparse table", () => {
    const places = 1 << 17;
    const plain = plainOffsets(
      places,
      Array.from({ length: 5000 }, (_, i) => (i * 7919) % places)
    );
    const sparse = sparseOffsets(plain);
    expect(sparse.starts).toBeInstanceOf(Uint16Array);
    const bytes = sparse.used.byteLength + sparse.before.byteLength + sparse.starts.byteLength;
    expect(bytes).toBeLessThan(Uint16Array.from(plain).byteLength / 6);
  });

  it("switch to 32 bits where entries pass 65,535", () => {
    const sparse = sparseOffsets(plainOffsets(64, new Array(70_000).fill(3)));
    expect(sparse.starts).toBeInstanceOf(Int32Array);
    expect(range(sparse, 3)).toEqual([0, 70_000]);
  });
});

describe("a typo table's look-up", () => {
  it("finds the same entries as the place worked out and then looked up", () => {
    const given = Array.from({ length: 3000 }, (_, entry) => {
      const [a, b, c] = [0x4e00 + ((entry * 37) % 900), 0x4e00 + ((entry * 11) % 700), entry % 5];
      return { at: slot(a, b, c), entry, key: [a, b, c] as const };
    });
    const { offsets } = packPlaces(given);
    for (const { key } of given) {
      expect(slotRank(offsets, ...key)).toBe(placeRank(offsets, slot(...key)));
      expect(slotRank(offsets, ...key)).not.toBe(-1);
    }
    for (let a = 0x3000; a < 0x3100; a++)
      expect(slotRank(offsets, a, a + 1, 7)).toBe(placeRank(offsets, slot(a, a + 1, 7)));
  });
});
