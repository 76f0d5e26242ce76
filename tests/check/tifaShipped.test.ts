import { describe, expect, it } from "vitest";
import * as commonSections from "../../src/content/templates/commonSections";
import { TOPICS } from "../../src/content/topics";
import { findFormulations } from "../../src/core/check/rules/formulation";

/** Every string in a value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object")
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe("the 提法 check on the text the project ships", () => {
  it("finds nothing in the templates: what the pane inserts is the canonical wording", () => {
    const texts = strings([TOPICS, commonSections]);
    expect(texts.length).toBeGreaterThan(200);
    const found = findFormulations(texts.map((text) => ({ text }))).map(
      (f) => `${texts[f.paragraph]!.slice(Math.max(0, f.start - 10), f.end + 10)}：${f.message}`
    );
    expect(found).toEqual([]);
  });
});
