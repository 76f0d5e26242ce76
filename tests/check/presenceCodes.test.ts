import { describe, expect, it } from "vitest";
import { WIDE, WIDE_CODES } from "../../src/core/check/presence";

describe("the table of the rarer full-width characters", () => {
  it("holds exactly the characters of WIDE", () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++)
      if ((WIDE_CODES[code] === 1) !== WIDE.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});
