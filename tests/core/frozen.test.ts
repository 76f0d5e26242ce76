// Frozen objects (src/core/frozen): what freeze() writes, packed and read back, makes the
// same objects again: their classes, Sets, Maps, expressions, shared and repeated objects, and long
// arrays, Sets and Maps read item by item.
import { describe, expect, it } from "vitest";
import type { FreezeOptions, Frozen } from "../../src/core/frozen";
import { freeze, thaw } from "../../src/core/frozen";
import { packData, unpackData } from "../../src/core/packedData";

class Counter {
  constructor(
    public readonly name: string,
    public count = 0
  ) {}
  add(n: number) {
    this.count += n;
    return this.count;
  }
}

class Holder {
  constructor(
    public readonly parts: Counter[],
    public readonly words: Set<string>,
    public readonly byCode: Map<number, string[]>,
    public readonly pattern: RegExp,
    public readonly table: Int32Array
  ) {}
}

const classes = { Counter, Holder };

/** Frozen, packed into a file, read back and thawed, as the command line does. */
function roundTrip<T>(value: unknown, options: FreezeOptions): T {
  return thaw<T>(unpackData<Frozen>(packData(freeze(value, options))), options);
}

describe("frozen objects", () => {
  it("come back as instances of their classes, with their Sets, Maps, expressions and tables", () => {
    const holder = new Holder(
      [new Counter("a", 1), new Counter("b", 2)],
      new Set(["四个意识", "两个维护"]),
      new Map([[0x56db, ["四个意识"]]]),
      /两个(?:确立|维护)/g,
      Int32Array.from([3, 1, 4])
    );
    const back = roundTrip<Holder>(holder, { classes });
    expect(back).toBeInstanceOf(Holder);
    expect(back.parts[1]).toBeInstanceOf(Counter);
    expect(back.parts[1]!.add(3)).toBe(5);
    expect(back.words.has("两个维护")).toBe(true);
    expect(back.byCode.get(0x56db)).toEqual(["四个意识"]);
    expect("坚决做到两个维护".match(back.pattern)).toEqual(["两个维护"]);
    expect([...back.table]).toEqual([3, 1, 4]);
  });

  it("keep an object reached twice as one object, and point into shared data", () => {
    const entries = [{ id: "x", items: ["甲", "乙"] }];
    const shared = new Counter("s");
    const value = { first: shared, second: [shared], items: entries[0]!.items };
    const back = roundTrip<typeof value>(value, { classes, shared: entries });
    expect(back.second[0]).toBe(back.first);
    expect(back.items).toBe(entries[0]!.items);
  });

  it("make the items of a long array only as they are asked for, and all of them for a method", () => {
    const parts = Array.from({ length: 40 }, (_, i) => new Counter(`第${i}项`, i));
    const value = { parts, names: parts.map((p) => p.name) };
    const back = roundTrip<typeof value>(value, { classes, lazyFrom: 32 });
    expect(back.parts.length).toBe(40);
    expect(back.parts[7]).toBeInstanceOf(Counter);
    expect(back.parts[7]).toBe(back.parts[7]);
    expect(back.parts[7]!.name).toBe("第7项");
    expect(back.parts[40]).toBeUndefined();
    expect(back.names[39]).toBe("第39项");
    // An item made is the array's own: later reads are plain reads.
    expect(Object.hasOwn(back.parts, 7)).toBe(true);
    expect(Object.hasOwn(back.parts, 8)).toBe(false);
    expect(8 in back.parts).toBe(true);
    expect(40 in back.parts).toBe(false);
    expect(Array.isArray(back.parts)).toBe(true);
    // A method makes the whole array, which then has its ordinary prototype.
    expect(back.parts.filter((p) => p.count % 10 === 0).map((p) => p.name)).toEqual([
      "第0项",
      "第10项",
      "第20项",
      "第30项",
    ]);
    expect(Object.getPrototypeOf(back.parts)).toBe(Array.prototype);
    expect(back.parts.every((p, i) => Object.hasOwn(back.parts, i) && p.count === i)).toBe(true);
    expect([...back.names]).toEqual(value.names);
    expect(JSON.stringify(back.names)).toBe(JSON.stringify(value.names));
  });

  it("read long arrays of records, Sets of strings and Maps by key", () => {
    const records = Array.from({ length: 50 }, (_, i) => ({
      text: `词${i}`,
      tier: i % 2 === 0 ? 2 : 3,
      ...(i === 3 ? { source: "出处" } : {}),
    }));
    const words = new Set(Array.from({ length: 50 }, (_, i) => `词${i}`));
    const byCode = new Map(Array.from({ length: 50 }, (_, i) => [i * 65536, [`词${i}`]]));
    const byWord = new Map(Array.from({ length: 50 }, (_, i) => [`词${i}`, { at: i }]));
    const value = { records, words, byCode, byWord };
    const back = roundTrip<typeof value>(value, { classes, lazyFrom: 32 });
    expect(back.records[3]).toEqual({ text: "词3", tier: 3, source: "出处" });
    expect(back.records[4]).toEqual({ text: "词4", tier: 2 });
    expect(back.words.has("词49")).toBe(true);
    expect(back.words.has("词50")).toBe(false);
    expect(back.words.size).toBe(50);
    expect(back.byCode.get(49 * 65536)).toEqual(["词49"]);
    expect(back.byCode.get(1)).toBeUndefined();
    // Numbers in any order, found by their order, and given back in the order written.
    const shuffled = new Map([7, -3, 1e9, 0, 42, 5.5].map((k, i) => [k, `值${i}`]));
    const many = new Map([
      ...Array.from({ length: 40 }, (_, i) => [1000 - i * 7, `第${i}`] as const),
    ]);
    const numbers = roundTrip<{ shuffled: typeof shuffled; many: typeof many }>(
      { shuffled, many },
      { classes, lazyFrom: 4 }
    );
    for (const [k, v] of shuffled) expect(numbers.shuffled.get(k)).toBe(v);
    for (const [k, v] of many) expect(numbers.many.get(k)).toBe(v);
    expect(numbers.shuffled.has(8)).toBe(false);
    expect((numbers.shuffled as Map<unknown, string>).get("7")).toBeUndefined();
    expect([...numbers.many.keys()]).toEqual([...many.keys()]);
    expect(back.byWord.get("词7")).toEqual({ at: 7 });
    expect(back.byWord.has("词8")).toBe(true);
    expect([...back.byWord.keys()].length).toBe(50);
  });

  it("refuse what cannot be made again, with its place", () => {
    class Unknown {}
    expect(() => freeze({ a: [new Unknown()] }, { classes })).toThrow(/Unknown.*a\.0/);
    expect(() => freeze({ f: () => 1 }, { classes })).toThrow(/function.*f/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => freeze(loop, { classes })).toThrow(/引用了自身/);
    expect(() => freeze({ n: NaN }, { classes })).toThrow(/NaN/);
  });

  it("say when the shared data lacks what the frozen data points to", () => {
    const entries = [{ id: "x", items: ["甲"] }];
    const frozen = freeze({ items: entries[0]!.items }, { classes, shared: entries });
    const back = thaw<{ items: string[] }>(frozen, { classes, shared: [] });
    expect(() => back.items).toThrow(/共享数据不存在/);
  });
});
