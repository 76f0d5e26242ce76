// The command-line checker reads what scripts/build-cli.mjs made at build time (built for the
// tests by globalSetup): the 提法 data as the check reads it, and the checks' matchers frozen with
// the entries they point into. Both must be what the source makes, and find what it finds.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checksFile, contentFile, makeChecks, contentLibrary } from "../../src/cli/buildTables";
import type { ChecksFile, ShippedChecks } from "../../src/cli/checksFile";
import { checkClasses } from "../../src/cli/checkClasses";
import type { FormulationEntry } from "../../src/content/phrases/types";
import { FORMULATIONS } from "../../src/content/phrases";
import { findFormulations } from "../../src/core/check/rules/formulation";
import { findTypos } from "../../src/core/check/rules/typo";
import { thaw } from "../../src/core/frozen";
import { unpackData } from "../../src/core/packedData";
import { TypoChecker } from "../../src/core/typo";
import { typoData } from "../../src/core/typo/data";
import corpus from "../fixtures/typoCorpus.json";

const shipped = (name: string) => readFileSync(resolve(__dirname, "../../dist-cli", name));

/** The entries and matchers as the command line reads them from checks.bin. */
function readChecks(): { entries: FormulationEntry[]; checks: ShippedChecks } {
  const file = unpackData<ChecksFile>(shipped("checks.bin"));
  const entries = thaw<FormulationEntry[]>(file.entries, { classes: {} });
  const checks = thaw<ShippedChecks>(file.checks, { classes: checkClasses(), shared: entries });
  return { entries, checks };
}

describe("the 提法 data shipped with the command line", () => {
  it("is the data files as src/cli/buildTables.ts writes them", () => {
    expect(shipped("content.json").toString("utf8")).toBe(contentFile());
  });

  it("holds every entry of the library, less what only the library shows", () => {
    const { entries } = readChecks();
    expect(entries.length).toBe(FORMULATIONS.length);
    expect(entries.map((e) => e.id)).toEqual(FORMULATIONS.map((e) => e.id));
    expect([...entries]).toEqual(contentLibrary().entries);
  });
});

describe("the checks' matchers shipped with the command line", () => {
  it("are the matchers src/cli/buildTables.ts freezes", () => {
    expect(Buffer.compare(shipped("checks.bin"), Buffer.from(checksFile()))).toBe(0);
  });

  it("find the 提法 deviations the matchers made from the full library find", () => {
    const { checks } = readChecks();
    const texts = FORMULATIONS.flatMap((e) => [
      ...e.usages,
      ...e.examples.wrong.flatMap((w) => [w.text, w.fixed]),
      ...e.examples.right,
    ]);
    const report = readFileSync(
      resolve(__dirname, "../fixtures/reports/annual-summary-agency.txt"),
      "utf8"
    ).split("\n");
    const paragraphs = [...texts, ...report].map((text) => ({ text }));
    const found = findFormulations(paragraphs, checks.formulation);
    expect(found.length).toBeGreaterThan(100);
    expect(found).toEqual(findFormulations(paragraphs));
  });

  it("find the 错别字 the checker made from the lists finds", () => {
    const { checks } = readChecks();
    const texts = [...corpus.wrong.flatMap((c) => [c.text, c.fixed]), ...corpus.right];
    const paragraphs = texts.map((text) => ({ text }));
    const found = findTypos(paragraphs, checks.typo);
    expect(found.length).toBeGreaterThan(300);
    expect(found).toEqual(findTypos(paragraphs, new TypoChecker(typoData())));
  });

  it("point into the entries: a finding names the very entry the command line holds", () => {
    const { entries, checks } = readChecks();
    const [found] = checks.formulation.canonical.find("深入学习新时代中国特色社会主义思想");
    expect(found?.entry.id).toBe("xi-thought");
    expect(found!.entry).toBe(entries.find((e) => e.id === "xi-thought"));
    expect(
      makeChecks(entries, contentLibrary().catalogue).formulation.canonical.find(
        "深入学习新时代中国特色社会主义思想"
      )
    ).toEqual([found]);
  });
});
