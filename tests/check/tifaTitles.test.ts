import { describe, expect, it } from "vitest";
import { TITLE_CATALOGUE } from "../../src/content/formulations";
import { boundedDistance } from "../../src/core/formulation/distance";
import { findFormulations } from "../../src/core/check/rules/formulation";
import type { Finding } from "../../src/core/check/types";

const check = (text: string) => findFormulations([{ text }]);
const applied = (text: string, f: Finding) => text.slice(0, f.start) + f.fix! + text.slice(f.end);
const real = [
  ...TITLE_CATALOGUE.titles.flatMap((t) => [t.title, ...(t.variants ?? [])]),
  ...(TITLE_CATALOGUE.localTitlesLike ?? []).map((t) => t.title),
];

describe("the title catalogue", () => {
  it("holds real titles, central and local", () => {
    expect(TITLE_CATALOGUE.titles.length).toBeGreaterThan(200);
    expect(TITLE_CATALOGUE.localTitlesLike?.length).toBeGreaterThan(10);
  });

  it("never corrects a real title into another", () => {
    for (const title of real)
      expect(
        check(`认真学习《${title}》。`).map((f) => f.message),
        title
      ).toEqual([]);
  });

  it("reports a title one character away from a catalogue title, with the catalogue title as the fix", () => {
    let compared = 0;
    for (const { title } of TITLE_CATALOGUE.titles) {
      if (title.length < 8) continue;
      const at = Math.floor(title.length / 2);
      const miswritten =
        title.slice(0, at) + (title[at] === "之" ? "的" : "之") + title.slice(at + 1);
      // Where another real title lies as close, the miswritten one cannot be told apart: left out.
      if (
        real.some(
          (r) =>
            r !== title &&
            Math.abs(r.length - miswritten.length) <= 1 &&
            boundedDistance(r, miswritten, 1) <= 1
        )
      )
        continue;
      const text = `认真学习《${miswritten}》。`;
      expect(
        check(text).map((f) => applied(text, f)),
        miswritten
      ).toContain(`认真学习《${title}》。`);
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  }, 60_000);
});
