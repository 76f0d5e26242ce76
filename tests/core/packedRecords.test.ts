import { describe, expect, it } from "vitest";
import { packData, unpackData } from "../../src/core/packedData";
import { fromColumns, toColumns } from "../../src/core/packedRecords";

const KINDS = ["规范提法", "常用固定表述", "党务工作常用词"];

/** Like the 错别字 targets: a text each, a tier, a kind from few, a source for some. */
const targets = Array.from({ length: 100 }, (_, i) => ({
  text: `词语${i}`,
  tier: 2 + (i % 2),
  what: KINDS[i % 3]!,
  ...(i % 7 === 0 ? { source: `出处${i}` } : {}),
  ...(i % 10 === 0 ? { marked: i % 20 === 0 } : {}),
}));

describe("records by column in packed data", () => {
  it("rebuilds each record with its keys in their order, a column of few strings by code", () => {
    const columns = toColumns(targets)!;
    expect(columns.$records).toEqual(["text", "tier", "what", "source", "marked"]);
    expect(columns.columns[2]).toMatchObject({ $dict: KINDS, codes: expect.any(Uint8Array) });
    expect(Array.isArray(columns.columns[0])).toBe(true);
    const rebuilt = fromColumns(columns);
    expect(rebuilt).toEqual(targets);
    rebuilt.forEach((r, i) => expect(Object.keys(r as object)).toEqual(Object.keys(targets[i]!)));
  });

  it("leaves alone short arrays, mixed ones, nested values and keys in another order", () => {
    expect(toColumns(targets.slice(0, 10))).toBeUndefined();
    expect(toColumns([...targets, "词语"])).toBeUndefined();
    expect(toColumns([...targets, { text: "词语", list: [1] }])).toBeUndefined();
    expect(toColumns([...targets, { what: "规范提法", text: "词语" }])).toBeUndefined();
    expect(toColumns([...targets, { text: "词语", tier: null }])).toBeUndefined();
  });

  it("writes the header once per key and reads back the same value", () => {
    const value = { targets, other: [{ a: 1 }], words: Uint16Array.from([1, 2]) };
    const file = packData(value);
    const length = new DataView(file.buffer).getUint32(0, true);
    const header = new TextDecoder().decode(file.subarray(4, 4 + length));
    expect(header.split('"what"').length).toBe(2);
    expect(header.split("常用固定表述").length).toBe(2);
    expect(unpackData(file)).toEqual(value);
  });
});
