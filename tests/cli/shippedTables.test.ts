// The command-line checker reads data derived at build time (scripts/build-cli.mjs, built for the
// tests by globalSetup): it must be what the checks derive from src/content at run time.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contentFile, prepareShapes } from "../../src/cli/buildTables";
import type { FormulationFile, TitleCatalogue } from "../../src/content/formulations/record";
import { FORMULATION_FILES } from "../../src/content/formulations";
import { toEntries } from "../../src/content/formulations/load";
import { FORMULATIONS } from "../../src/content/phrases";
import { FormulationMatcher, phraseShapes } from "../../src/core/formulation";
import type { PreparedShapes } from "../../src/core/formulation/prepared";
import { shapesOf } from "../../src/core/formulation/prepared";
import { reorderShapes } from "../../src/core/formulation/reordered";
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
    const shapes = JSON.parse(shipped("shapes.json").toString("utf8")) as PreparedShapes;
    const matchers = {
      known: new HistoricalMatcher(entries),
      canonical: new FormulationMatcher(entries, files.titles as TitleCatalogue, shapes),
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

describe("the 提法 matcher's shapes shipped with the command line", () => {
  const shapes = JSON.parse(shipped("shapes.json").toString("utf8")) as PreparedShapes;

  it("are the shapes the matcher derives from the library, every shelter included", () => {
    expect(shapes).toEqual(prepareShapes(FORMULATIONS));
    const derived = { phrases: phraseShapes(FORMULATIONS), reorders: reorderShapes(FORMULATIONS) };
    const read = shapesOf(shapes, FORMULATIONS);
    expect(read.phrases.length).toBeGreaterThan(100);
    expect(read.reorders.length).toBeGreaterThan(100);
    expect(read.phrases.map((s) => [s.entry, s.text, [...s.shelters]])).toEqual(
      derived.phrases.map((s) => [s.entry, s.text, [...s.shelters]])
    );
    expect(read.phrases.some((s) => s.shelters.length > 0)).toBe(true);
    expect(read.reorders.map((s) => ({ ...s, id: undefined }))).toEqual(derived.reorders);
  });

  it("name only entries of the library", () => {
    const [first] = shapes.phrases;
    const unknown = { phrases: [{ ...first!, id: "no-such-entry" }], reorders: [] };
    expect(() => shapesOf(unknown, FORMULATIONS)).toThrow(/no-such-entry/);
  });
});
