import { describe, expect, it } from "vitest";
import { boundedDistance, editDistance } from "../../src/core/formulation/distance";

describe("the bounded edit distance", () => {
  it("equals the full distance wherever that is within the limit, and says farther otherwise", () => {
    const alphabet = [..."党的建设政治思想，、“” "];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
    for (let i = 0; i < 3000; i++) {
      const a = word(1 + Math.floor(random() * 12));
      const b =
        random() < 0.5
          ? word(1 + Math.floor(random() * 12))
          : a.slice(0, Math.floor(random() * a.length)) +
            word(Math.floor(random() * 3)) +
            a.slice(Math.floor(random() * a.length));
      const limit = Math.floor(random() * 5);
      expect(boundedDistance(a, b, limit), `${a} / ${b} / ${limit}`).toBe(
        Math.min(editDistance(a, b), limit + 1)
      );
    }
  });
});
