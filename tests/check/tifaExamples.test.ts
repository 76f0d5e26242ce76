import { describe, expect, it } from "vitest";
import { FORMULATIONS } from "../../src/content/phrases";
import { findFormulations } from "../../src/core/check/rules/formulation";
import type { Finding } from "../../src/core/check/types";

/**
 * Every example of every 提法 record, as LanguageTool and prh test their rules: each misquote is
 * found with a fix that turns the sentence as written into exactly the sentence as it should be;
 * each correct sentence, usage and wording raises nothing. The records' examples never feed the
 * check: it finds them by comparing with the canonical wording.
 */
const check = (text: string) => findFormulations([{ text }]);
const applied = (text: string, f: Finding) => text.slice(0, f.start) + f.fix! + text.slice(f.end);

describe("提法 records' examples", () => {
  const wrong = FORMULATIONS.flatMap((f) => f.examples.wrong.map((w) => ({ id: f.id, ...w })));
  const right = FORMULATIONS.flatMap((f) =>
    [...f.examples.right, ...f.usages, ...(f.status === "current" ? [f.expansion] : [])].map(
      (text) => ({ id: f.id, text })
    )
  );

  it.each(wrong)("$id ($kind): $text", ({ text, fixed }) => {
    const findings = check(text);
    const fixes = findings.filter((f) => f.fix !== undefined).map((f) => applied(text, f));
    expect(fixes, JSON.stringify(findings.map((f) => f.message))).toContain(fixed);
    expect(check(fixed).map((f) => f.message)).toEqual([]);
  });

  it.each(right)("$id: no finding on $text", ({ text }) => {
    expect(check(text).map((f) => `${f.text}: ${f.message}`)).toEqual([]);
  });

  it("names the source of every finding", () => {
    for (const { text } of wrong)
      for (const f of check(text)) expect(f.data?.citation, `${f.text}: ${f.message}`).toBeTruthy();
  });
});
