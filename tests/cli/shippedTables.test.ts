// The command-line checker reads data derived at build time (scripts/build-cli.mjs, built for the
// tests by globalSetup): it must be what the checks derive from src/content at run time.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contentFile } from "../../src/cli/buildTables";
import type { FormulationFile, TitleCatalogue } from "../../src/content/formulations/record";
import { FORMULATION_FILES } from "../../src/content/formulations";
import { toEntries } from "../../src/content/formulations/load";
import { FORMULATIONS } from "../../src/content/phrases";
import { FormulationMatcher } from "../../src/core/formulation";
import { findFormulations } from "../../src/core/check/rules/formulation";
import { findTypos } from "../../src/core/check/rules/typo";
import { packData, unpackData } from "../../src/core/packedData";
import { HistoricalMatcher } from "../../src/core/formulation/historical";
import type { TypoTables } from "../../src/core/typo";
import { TypoChecker, typoTables } from "../../src/core/typo";
import { typoData } from "../../src/core/typo/data";
import corpus from "../fixtures/typoCorpus.json";

const shipped = (name: string) => readFileSync(resolve(__dirname, "../../dist-cli", name));

describe("the 错别字 tables shipped with the command line", () => {
  const derived = typoTables(typoData());

  it("are the tables the check derives from the lists and the 提法 library", () => {
    const file = shipped("typos.bin");
    expect(Buffer.compare(file, packData(derived))).toBe(0);
    const read = unpackData<TypoTables>(file);
    expect(read.targets).toEqual(derived.targets);
    expect(read.nearMiss.anchors[0]!.offsets).toEqual(derived.nearMiss.anchors[0]!.offsets);
  });

  it("find what the check finds from the lists", () => {
    const texts = [...corpus.wrong.flatMap((c) => [c.text, c.fixed]), ...corpus.right];
    const paragraphs = texts.map((text) => ({ text }));
    const fromFile = new TypoChecker(unpackData<TypoTables>(shipped("typos.bin")));
    const found = findTypos(paragraphs, fromFile);
    expect(found.length).toBeGreaterThan(300);
    expect(found).toEqual(findTypos(paragraphs, new TypoChecker(typoData())));
  });
});

describe("the 提法 data shipped with the command line", () => {
  const files = JSON.parse(shipped("content.json").toString("utf8")) as Record<string, unknown>;

  it("is the data files as src/cli/buildTables.ts writes them", () => {
    expect(JSON.stringify(files)).toBe(contentFile());
  });

  it("finds what the full data finds in every usage and example of the library", () => {
    const entries = toEntries(
      FORMULATION_FILES.map(({ file }) => ({
        file,
        data: files[file.replace(/\.json$/, "")] as FormulationFile,
      }))
    );
    const matchers = {
      known: new HistoricalMatcher(entries),
      canonical: new FormulationMatcher(entries, files.titles as TitleCatalogue),
    };
    const texts = FORMULATIONS.flatMap((e) => [
      ...e.usages,
      ...e.examples.wrong.flatMap((w) => [w.text, w.fixed]),
      ...e.examples.right,
    ]);
    const paragraphs = texts.map((text) => ({ text }));
    const found = findFormulations(paragraphs, matchers);
    expect(found.length).toBeGreaterThan(100);
    expect(found).toEqual(findFormulations(paragraphs));
  });
});
