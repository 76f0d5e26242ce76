import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as checkWords from "../../src/content/checkWords";
import * as commonSections from "../../src/content/templates/commonSections";
import { DOCUMENT_TYPES } from "../../src/content/documentTypes";
import { FIELDS } from "../../src/content/fields";
import { PHRASES } from "../../src/content/phrases";
import { TOPICS } from "../../src/content/topics";
import { SAMPLE_REPORT } from "../../src/playground/sample";
import { strings } from "../../src/taskpane/strings";
import { findTypos } from "../../src/core/check/rules/typo";

/**
 * Notes on where a wording was verified: they may quote a reprint's own slips, and never go into a
 * document.
 */
const RESEARCH_NOTES = new Set(["verified", "unverified"]);

/**
 * Every string in a value, except a 提法's misquoted examples, which are wrong on purpose (their
 * corrected sentences are kept), and research notes on its source.
 */
function strings_(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (typeof value === "function") out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) strings_(v, out);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (RESEARCH_NOTES.has(key)) continue;
      if (key === "examples") {
        const { wrong, right } = v as {
          wrong: ReadonlyArray<{ fixed: string }>;
          right: readonly string[];
        };
        strings_([...wrong.map((w) => w.fixed), ...right], out);
      } else strings_(v, out);
    }
  }
  return out;
}

const alarms = (texts: readonly string[]) =>
  findTypos(texts.map((text) => ({ text }))).map(
    (f) => `${texts[f.paragraph]!.slice(Math.max(0, f.start - 10), f.end + 10)}：${f.text}→${f.fix}`
  );
const lines = (file: string) => readFileSync(file, "utf8").split(/\r?\n/);

describe("the 错别字 check on the text the project ships", () => {
  it("finds nothing in the templates, the phrase library, the document types, the sample and the pane's words", () => {
    const shipped = strings_([
      TOPICS,
      PHRASES,
      DOCUMENT_TYPES,
      FIELDS,
      commonSections,
      checkWords,
      SAMPLE_REPORT,
      strings,
    ]);
    expect(shipped.length).toBeGreaterThan(1000);
    expect(alarms(shipped)).toEqual([]);
  });

  it("finds nothing in the help page and the fixture reports", () => {
    const help = lines(resolve(__dirname, "../../src/help.html"));
    const fixtures = resolve(__dirname, "../fixtures/reports");
    const reports = readdirSync(fixtures).flatMap((name) => lines(resolve(fixtures, name)));
    expect(alarms([...help, ...reports])).toEqual([]);
  });
});

// Real reports beside the project, where a machine has them.
const REFERENCE = resolve(__dirname, "../../../shared/reference");

describe.skipIf(!existsSync(REFERENCE))("the 错别字 check on real reports", () => {
  it("finds only their real slips: 做的还不够突出, 截止 before a date, 清政廉洁, 必学赶超", () => {
    const texts = readdirSync(REFERENCE)
      .filter((name) => name.endsWith(".txt"))
      .flatMap((name) => lines(resolve(REFERENCE, name)));
    const found = findTypos(texts.map((text) => ({ text }))).map((f) => [
      f.text,
      f.fix,
      f.severity,
    ]);
    expect(found).toEqual([
      ["的", "得", "warning"],
      ["必学赶超", "比学赶超", "error"],
      ["截止", "截至", "warning"],
      ["清政廉洁", "清正廉洁", "error"],
    ]);
  });
});
