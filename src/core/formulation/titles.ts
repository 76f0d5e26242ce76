import type { TitleCatalogue, TitleRecord } from "../../content/formulations/record";
import type { FormulationEntry } from "../../content/phrases/types";
import { boundedDistance, commonLength } from "./distance";
import type { FormulationDeviation } from "./types";

export interface TitleShape {
  entry: FormulationEntry;
  /** The title without its 《》. */
  text: string;
}

/** How many edits a title of this length may show and still be read as that title. */
const allowed = (length: number) => (length <= 8 ? 1 : length <= 14 ? 2 : length <= 20 ? 3 : 4);

/** Whether the longer text is the shorter one with a single run of characters put in. */
function contiguous(shorter: string, longer: string): boolean {
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  return longer.endsWith(shorter.slice(i)) && longer.length - shorter.length + i <= longer.length;
}

/**
 * Whether the two titles differ by one word left out or put in, as a whole: 进一步 missing, 工作
 * added.
 */
function oneWordApart(written: string, canonical: string, distance: number): boolean {
  const shorter = written.length < canonical.length ? written : canonical;
  const longer = shorter === written ? canonical : written;
  return (
    longer.length - shorter.length === distance &&
    commonLength(written, canonical) === shorter.length &&
    contiguous(shorter, longer)
  );
}

/**
 * Words that make a title another, real document built on the one it contains: 实施意见, 实施办法,
 * 若干规定.
 */
const DERIVED =
  /实施|细则|办法|若干|具体|补充|试行|暂行|贯彻|落实|释义|解读|学习|辅导|读本|问答|省|市|县|区/;

/**
 * Whether the written title is the canonical one with words put in that make it a document of its
 * own.
 */
function derived(written: string, canonical: string): boolean {
  if (written.length <= canonical.length || commonLength(written, canonical) !== canonical.length)
    return false;
  let added = "";
  let j = 0;
  for (const ch of written) {
    if (j < canonical.length && ch === canonical[j]) j++;
    else added += ch;
  }
  return DERIVED.test(added);
}

/** A catalogue title as an entry the findings can name: its issuer, date and where it was seen. */
export function catalogueEntry(t: TitleRecord): FormulationEntry {
  const source = {
    document: t.issuer ? `${t.issuer}《${t.title}》` : `《${t.title}》`,
    date: t.date ?? "",
    ...(t.verified ? { verified: t.verified } : {}),
    ...(t.unverified ? { unverified: t.unverified } : {}),
  };
  return {
    kind: "formulation",
    id: `title:${t.title}`,
    category: "政治建设",
    name: t.title,
    expansion: `《${t.title}》`,
    usages: [],
    status: "current",
    match: { kind: "title", text: t.title },
    source,
    examples: { wrong: [], right: [] },
  };
}

/**
 * The catalogue's titles to compare with, and every title it knows as real (variants and local
 * titles included).
 */
export function catalogueTitles(catalogue: TitleCatalogue | undefined): {
  entries: FormulationEntry[];
  known: string[];
} {
  if (!catalogue) return { entries: [], known: [] };
  const known = [
    ...catalogue.titles.flatMap((t) => [t.title, ...(t.variants ?? [])]),
    ...(catalogue.localTitlesLike ?? []).map((t) => t.title),
  ];
  return { entries: catalogue.titles.map(catalogueEntry), known };
}

/** A title without the trial status at its end: 中国共产党支部工作条例（试行）. */
const withoutStatus = (title: string) => title.replace(/[（(](?:试行|暂行)[）)]$/, "");

/** Titles between 《》 that are one of the known documents' titles written a little differently. */
export function compareTitles(
  paragraph: string,
  shapes: readonly TitleShape[],
  known: ReadonlySet<string>
): FormulationDeviation[] {
  const found: FormulationDeviation[] = [];
  for (let open = paragraph.indexOf("《"); open !== -1; open = paragraph.indexOf("《", open + 1)) {
    const close = paragraph.indexOf("》", open);
    if (close === -1) break;
    const written = paragraph.slice(open + 1, close);
    if (written.length < 4 || written.includes("《") || known.has(written)) continue;
    // The title without its bracketed status (（试行）): the document is plain, only the name is cut.
    const full = shapes.find((s) => s.text !== written && withoutStatus(s.text) === written);
    if (full) {
      found.push({
        start: open + 1,
        end: close,
        fix: full.text,
        entry: full.entry,
        kind: "title",
        certain: false,
        message: `文件全称为《${full.text}》。`,
      });
      continue;
    }
    let best: { shape: TitleShape; distance: number; oneWord: boolean } | undefined;
    for (const shape of shapes) {
      if (Math.abs(shape.text.length - written.length) > allowed(shape.text.length)) continue;
      const distance = boundedDistance(shape.text, written, allowed(shape.text.length));
      if (distance > allowed(shape.text.length) || derived(written, shape.text)) continue;
      const word = oneWordApart(written, shape.text, distance);
      // At the same distance, a title with one word left out or put in beats one with words
      // changed.
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance && word && !best.oneWord)
      )
        best = { shape, distance, oneWord: word };
    }
    if (!best || best.distance === 0) continue;
    const { shape, distance, oneWord } = best;
    found.push({
      start: open + 1,
      end: close,
      fix: shape.text,
      entry: shape.entry,
      kind: "title",
      certain: distance <= 1 || oneWord,
      message: `文件名称应为《${shape.text}》。`,
    });
  }
  return found;
}
