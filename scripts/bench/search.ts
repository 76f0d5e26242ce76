// Phrase search latency: the built-in library and a synthetic one of 10,000 entries.
import { BUILTIN_ITEMS } from "../../src/core/library";
import type { LibraryItem } from "../../src/core/library";
import { PhraseIndex } from "../../src/core/phraseSearch";
import { measure, report } from "./measure";

const QUERIES = [
  "sgys",
  "四个意识",
  "一岗",
  "lgwh",
  "看齐意识",
  "党建",
  "zzzz",
  "sanhuiyike",
  "作风",
  "q",
];

function synthetic(count: number): LibraryItem[] {
  const out: LibraryItem[] = [];
  for (let i = 0; out.length < count; i++) {
    const base = BUILTIN_ITEMS[i % BUILTIN_ITEMS.length]!;
    out.push({
      ...base,
      id: `${base.id}-${i}`,
      name: `${base.name}${i}`,
      body: `${base.body}${i}`,
      pinyin: { full: `${base.pinyin.full}${i}`, initials: `${base.pinyin.initials}${i}` },
    });
  }
  return out;
}

export function benchSearch(): void {
  for (const [label, items] of [
    [`built-in library (${BUILTIN_ITEMS.length} entries)`, BUILTIN_ITEMS],
    ["synthetic library (10,000 entries)", synthetic(10_000)],
  ] as const) {
    const index = new PhraseIndex(items);
    const times = measure(200, (i) => index.search(QUERIES[i % QUERIES.length]!));
    report(`phrase search, ${label}`, times, "target < 2 ms median at 10,000 entries");
  }
}
