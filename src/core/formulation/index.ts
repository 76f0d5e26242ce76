import { OTHER_DOCUMENT_TITLES } from "../../content/checkWords";
import { TITLE_CATALOGUE } from "../../content/formulations";
import type { TitleCatalogue } from "../../content/formulations/record";
import { FORMULATIONS } from "../../content/phrases";
import type { FormulationEntry } from "../../content/phrases/types";
import type { Anchor } from "./anchors";
import { GroupedAnchorSearch } from "./anchors";
import { commonLength, sharedCharacters } from "./distance";
import type { ListShape } from "./lists";
import { compareList } from "./lists";
import type { PhraseShape } from "./phrases";
import { allowedEdits, MIN_PHRASE, PhraseComparison } from "./phrases";
import { datedBefore } from "./dating";
import { NameComparison } from "./names";
import { RangeIndex } from "./ranges";
import { ReorderComparison, reorderShapes } from "./reordered";
import type { TitleShape } from "./titles";
import { catalogueTitles, compareTitles } from "./titles";
import type { FormulationDeviation, Span } from "./types";

export type { FormulationDeviation } from "./types";

/** Where a list's sentence ends, by code: a list never runs across these. */
const SENTENCE_ENDS = new Uint8Array(0x10000);
for (const c of "。！？!?") SENTENCE_ENDS[c.charCodeAt(0)] = 1;

/** Whether text[start, end) lies inside a title in 《》. */
function insideTitle(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf("《", start);
  if (open === -1 || text.lastIndexOf("》", start - 1) > open) return false;
  const close = text.indexOf("》", open);
  return close >= end;
}

const bare = (name: string) => name.replace(/[“”《》]/g, "");

function listShapes(entries: readonly FormulationEntry[]): ListShape[] {
  return entries.flatMap((entry) => {
    if (entry.match.kind !== "list" || entry.status !== "current") return [];
    const intro = [bare(entry.name), ...(entry.match.intro ?? [])];
    return [
      {
        entry,
        items: entry.match.items,
        intro,
        variants: (entry.variants ?? []).map((v) => v.text),
        separators: separatorsOf(entry.expansion, entry.match.items),
      },
    ];
  });
}

/** The marks a wording puts between its items, as far as it shows the items in order. */
function separatorsOf(wording: string, items: readonly string[]): string[] {
  const found: string[] = [];
  let at = wording.indexOf(items[0]!);
  if (at === -1) return found;
  at += items[0]!.length;
  for (const item of items.slice(1)) {
    const next = wording.indexOf(item, at);
    const mark = next === -1 ? "" : wording.slice(at, next);
    if (!/^[、，；]$/.test(mark)) return found;
    found.push(mark);
    at = next + item.length;
  }
  return found;
}

/**
 * Every correct wording the library states: a phrase near one of them is not wrong where one
 * stands.
 */
function correctWordings(entries: readonly FormulationEntry[]): string[] {
  return entries.flatMap((e) => {
    const own = [e.name, e.expansion, ...(e.variants ?? []).map((v) => v.text)];
    if (e.match.kind === "phrase" || e.match.kind === "title") own.push(e.match.text);
    return own.map(bare);
  });
}

export function phraseShapes(entries: readonly FormulationEntry[]): PhraseShape[] {
  const correct = [...new Set(correctWordings(entries))];
  return entries.flatMap((entry) => {
    if (
      entry.match.kind !== "phrase" ||
      entry.status !== "current" ||
      entry.match.text.length < MIN_PHRASE
    )
      return [];
    const text = entry.match.text;
    const least = text.length - allowedEdits(text.length);
    const near = (c: string) =>
      c.length >= least &&
      c !== text &&
      sharedCharacters(text, c, 0, c.length) >= least &&
      !c.includes(text) &&
      commonLength(c, text) >= least;
    // Found when a text first comes near this wording: comparing every wording with every other at
    // each start costs more than all checks.
    let shelters: readonly string[] | undefined;
    return [
      {
        entry,
        text,
        get shelters() {
          return (shelters ??= correct.filter(near));
        },
      },
    ];
  });
}

/** The library's titles, then the catalogue's that the library does not hold. */
function titleShapes(
  entries: readonly FormulationEntry[],
  catalogue: readonly FormulationEntry[]
): TitleShape[] {
  const own = entries.flatMap((entry) =>
    entry.match.kind === "title" ? [{ entry, text: entry.match.text }] : []
  );
  const held = new Set(own.map((s) => s.text));
  return [
    ...own,
    ...catalogue.flatMap((entry) =>
      entry.match.kind === "title" && !held.has(entry.match.text)
        ? [{ entry, text: entry.match.text }]
        : []
    ),
  ];
}

/**
 * Compares a text with the canonical wording of every formulation that has a fixed one: lists
 * (an item changed, missing or added, items out of order), fixed phrases (a character or word
 * changed, added or dropped) and document titles. Needs no list of known mistakes.
 */
export class FormulationMatcher {
  private readonly lists: ListShape[];
  /** List items, fixed phrases' pieces and reordered wordings' keys, found in one pass. */
  private readonly anchors: GroupedAnchorSearch;
  /** For each searched item string, the lists it belongs to. */
  private readonly itemOwners: number[][] = [];
  private readonly phrases: PhraseComparison;
  private readonly titles: TitleShape[];
  private readonly knownTitles: Set<string>;
  private readonly names: NameComparison;
  private readonly reorders: ReorderComparison;
  /** For each list, the last sentence it was met in (a count over all calls), … */
  private readonly seen: Int32Array;
  /** … the first item met there, … */
  private readonly firstItem: Int32Array;
  /** … and whether a second item was met there too. */
  private readonly touched: Uint8Array;
  private sentence = 0;

  constructor(
    entries: readonly FormulationEntry[] = FORMULATIONS,
    catalogue: TitleCatalogue | undefined = TITLE_CATALOGUE
  ) {
    this.lists = listShapes(entries);
    const strings: string[] = [];
    const index = new Map<string, number>();
    this.lists.forEach((shape, s) => {
      for (const item of shape.items) {
        if (!index.has(item)) {
          index.set(item, strings.length);
          strings.push(item);
          this.itemOwners.push([]);
        }
        const owners = this.itemOwners[index.get(item)!]!;
        if (!owners.includes(s)) owners.push(s);
      }
    });
    this.phrases = new PhraseComparison(phraseShapes(entries));
    this.reorders = new ReorderComparison(reorderShapes(entries));
    this.seen = new Int32Array(this.lists.length);
    this.firstItem = new Int32Array(this.lists.length);
    this.touched = new Uint8Array(this.lists.length);
    this.anchors = new GroupedAnchorSearch([strings, this.phrases.keys, this.reorders.keys]);
    const titles = catalogueTitles(catalogue);
    this.titles = titleShapes(entries, titles.entries);
    this.knownTitles = new Set(
      entries
        .flatMap((e) => [e.expansion, ...(e.variants ?? []).map((v) => v.text)])
        .flatMap((t) => [...t.matchAll(/《([^《》]+)》/g)].map((m) => m[1]!))
    );
    for (const t of [...this.titles.map((s) => s.text), ...OTHER_DOCUMENT_TITLES, ...titles.known])
      this.knownTitles.add(t);
    const current = entries.filter((e) => e.status === "current");
    this.names = new NameComparison(
      current.filter((entry) => entry.source).map((entry) => ({ entry, name: bare(entry.name) })),
      new Set([
        ...entries.flatMap((e) => [bare(e.name), e.expansion]),
        ...correctWordings(entries),
        ...this.lists.flatMap((l) => l.items),
      ])
    );
  }

  /**
   * Each list with two or more of its items in one sentence, compared there: its deviations go to
   * `found`, the places where it stands whole to `whole`.
   */
  private compareLists(
    paragraph: string,
    anchors: readonly Anchor[],
    found: FormulationDeviation[],
    whole: Array<{ start: number; end: number; list: number }>
  ): void {
    const { touched, firstItem, seen } = this;
    let end = -1;
    let sentence: Span | undefined;
    // The lists met in the sentence, in the order they were first met.
    let met: number[] = [];
    const compare = () => {
      for (const list of met) {
        if (touched[list] === 0) continue;
        const result = compareList(paragraph, sentence!, this.lists[list]!);
        found.push(...result.deviations);
        for (const [from, to] of result.whole) whole.push({ start: from, end: to, list });
      }
    };
    for (const { start, index } of anchors) {
      if (start >= end) {
        // A new sentence: first compare the lists of the last one.
        compare();
        met = [];
        this.sentence++;
        let from = 0;
        for (let i = start; i > 0; i--)
          if (SENTENCE_ENDS[paragraph.charCodeAt(i - 1)] === 1) {
            from = i;
            break;
          }
        end = start;
        while (end < paragraph.length && SENTENCE_ENDS[paragraph.charCodeAt(end)] !== 1) end++;
        sentence = { start: from, end, text: paragraph.slice(from, end) };
      }
      for (const list of this.itemOwners[index]!) {
        if (seen[list] !== this.sentence) {
          seen[list] = this.sentence;
          firstItem[list] = index;
          touched[list] = 0;
          met.push(list);
        } else if (firstItem[list] !== index) touched[list] = 1;
      }
    }
    compare();
  }

  /** Where a paragraph departs from canonical wordings; correct text gives nothing. */
  find(paragraph: string): FormulationDeviation[] {
    const found: FormulationDeviation[] = [];
    const whole: Array<{ start: number; end: number; list: number }> = [];
    const [anchors, pieces, keys] = this.anchors.find(paragraph) as [Anchor[], Anchor[], Anchor[]];
    if (anchors.length >= 2) this.compareLists(paragraph, anchors, found, whole);
    found.push(...this.phrases.find(paragraph, pieces));
    // Words in another order: this reading wins over a near match of the same wording (立德 read as
    // missing from 树人立德), and gives way to any other.
    const reordered = this.reorders.find(paragraph, keys);
    if (reordered.length > 0) {
      const near = new RangeIndex(found);
      const own = new Set<FormulationDeviation>();
      for (const d of reordered) {
        const overlapping = near.overlapping(d);
        if (overlapping.some((o) => o.entry !== d.entry)) continue;
        for (const o of overlapping) own.add(o);
        found.push(d);
      }
      if (own.size > 0) found.splice(0, found.length, ...found.filter((d) => !own.has(d)));
    }
    if (paragraph.includes("《"))
      found.push(...compareTitles(paragraph, this.titles, this.knownTitles));
    if (paragraph.includes("“")) found.push(...this.names.find(paragraph));
    if (found.length === 0) return found;
    // Where another formulation stands whole and correct, a near match of this one is not a
    // mistake.
    const wholeIndex = new RangeIndex(whole);
    // A longer wording that holds the whole list inside it (the 二十大 theme holds 自信自强、守正创
    // 新…) is still compared.
    const holds = (d: FormulationDeviation, list: ListShape) =>
      d.entry.match.kind === "phrase" &&
      list.items.every((i) => (d.entry.match as { text: string }).text.includes(i));
    const kept = found.filter(
      (d) =>
        !wholeIndex
          .overlapping(d)
          .some((w) => this.lists[w.list]!.entry !== d.entry && !holds(d, this.lists[w.list]!)) &&
        // A sentence that dates what it quotes before the wording came into use quotes history;
        // a document's title is compared as a title, not as the wordings it holds.
        (d.kind === "title" ||
          (!datedBefore(paragraph, d.start, d.entry.period?.since ?? d.entry.source?.date) &&
            !insideTitle(paragraph, d.start, d.end)))
    );
    // Of overlapping deviations the certain one wins, then the longer written wording, then the
    // first found.
    const order = new Map(kept.map((d, i) => [d, i]));
    const span = (d: FormulationDeviation) => d.extent ?? d;
    const length = (d: FormulationDeviation) => span(d).end - span(d).start;
    const keptIndex = new RangeIndex(
      kept.map((d) => ({ start: span(d).start, end: span(d).end, d }))
    );
    return kept.filter(
      (d, i) =>
        !keptIndex.overlapping(span(d)).some(({ d: o }) => {
          const j = order.get(o)!;
          return (
            j !== i &&
            (o.certain && !d.certain
              ? true
              : o.certain === d.certain &&
                (length(o) > length(d) || (length(o) === length(d) && j < i)))
          );
        })
    );
  }
}
