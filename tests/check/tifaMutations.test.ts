import { pinyin } from "pinyin-pro";
import { afterAll, describe, expect, it } from "vitest";
import { FORMULATIONS } from "../../src/content/phrases";
import type { FormulationEntry } from "../../src/content/phrases/types";
import { allowedEdits } from "../../src/core/formulation/phrases";
import { findFormulations } from "../../src/core/check/rules/formulation";
import type { Finding } from "../../src/core/check/types";

/**
 * Every way of misquoting a compared record, generated from the record itself: each must be found
 * with a fix that puts exactly the canonical wording back into the writer's sentence (no doubled
 * word, no cut word), while the canonical sentence and partial mentions stay quiet. Mutation
 * classes that cannot be told from correct text are left out below, each with its reason.
 */
const check = (text: string) => findFormulations([{ text }]);
const bare = (name: string) => name.replace(/[“”《》]/g, "");
const applied = (text: string, f: Finding) => text.slice(0, f.start) + f.fix! + text.slice(f.end);

const compared = FORMULATIONS.filter(
  (f) => f.status === "current" && f.source && f.match.kind !== "none"
);
/**
 * The correct wordings that may stand beside a mutation of `entry`: other records' wordings and
 * names, and its own variants.
 */
const correctBeside = (entry: FormulationEntry) =>
  FORMULATIONS.flatMap((f) => [
    ...(f === entry
      ? []
      : [
          f.expansion,
          bare(f.name),
          f.match.kind === "phrase" || f.match.kind === "title" ? f.match.text : "",
        ]),
    ...(f.variants ?? []).map((v) => v.text),
  ]).filter(Boolean);
const allItems = FORMULATIONS.flatMap((f) => (f.match.kind === "list" ? f.match.items : []));

/**
 * Characters of the library grouped by their toneless reading: the same-sound slips writers make.
 */
const sounds = new Map<string, string[]>();
for (const ch of new Set(
  FORMULATIONS.flatMap((f) => [...f.expansion, ...f.usages.join("")]).filter((c) =>
    /[\u4e00-\u9fff]/.test(c)
  )
)) {
  const key = pinyin(ch, { toneType: "none" });
  sounds.set(key, [...(sounds.get(key) ?? []), ch]);
}
const sameSound = (ch: string) =>
  (sounds.get(pinyin(ch, { toneType: "none" })) ?? []).filter((c) => c !== ch).sort()[0];

const QUALIFIERS = [
  "新时代",
  "习近平",
  "同志",
  "重大",
  "特别是",
  "全面",
  "进一步",
  "伟大",
  "中国特色社会主义",
  "社会主义",
  "坚决",
  "深入",
  "不断",
  "有效",
  "坚强",
  "基层",
  "人民",
  "高质量",
  "现代化",
  "战略",
];

type Kind =
  | "drop-item"
  | "swap-items"
  | "add-item"
  | "same-sound"
  | "drop-char"
  | "insert-char"
  | "drop-qualifier";
interface Mutation {
  kind: Kind;
  written: string;
  expected: string;
}

/** A list's pieces with the marks between them, as its wording writes them. */
function listTokens(entry: FormulationEntry & { match: { kind: "list" } }): {
  items: string[];
  seps: string[];
} {
  const { items } = entry.match;
  const joined = items.join("、");
  if (!entry.expansion.includes(items[0]!) || items.some((i) => !entry.expansion.includes(i)))
    return { items: [...items], seps: items.slice(1).map(() => "、") };
  const start = entry.expansion.indexOf(items[0]!);
  const seps: string[] = [];
  let at = start + items[0]!.length;
  for (const item of items.slice(1)) {
    const next = entry.expansion.indexOf(item, at);
    seps.push(next === -1 ? "、" : entry.expansion.slice(at, next) || "、");
    at = next === -1 ? at : next + item.length;
  }
  return seps.every((s) => /^[、，；]$/.test(s))
    ? { items: [...items], seps }
    : { items: joined.split("、"), seps: items.slice(1).map(() => "、") };
}
const join = (items: readonly string[], seps: readonly string[]) =>
  items.map((it, i) => (i === 0 ? it : `${seps[i - 1] ?? "、"}${it}`)).join("");

function listMutations(entry: FormulationEntry & { match: { kind: "list" } }): Mutation[] {
  const { items, seps } = listTokens(entry);
  const list = join(items, seps);
  const intro = `“${bare(entry.name)}”即`;
  const whole = (body: string) => `${intro}${body}。`;
  const plain = (body: string) => `我们要坚持${body}，推动工作落实。`;
  const found: Mutation[] = [];
  if (items.length >= 3) {
    items.forEach((_, i) => {
      const rest = items.filter((__, j) => j !== i);
      const restSeps = seps.filter((__, j) => j !== Math.max(0, i - 1));
      found.push({
        kind: "drop-item",
        written: whole(join(rest, restSeps)),
        expected: whole(list),
      });
    });
  }
  for (let i = 0; i + 1 < items.length; i++) {
    const swapped = [...items];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    found.push({ kind: "swap-items", written: plain(join(swapped, seps)), expected: plain(list) });
  }
  const other = allItems.find(
    (o) =>
      !items.some((i) => i.includes(o) || o.includes(i)) &&
      o.length >= 2 &&
      o.length <= 8 &&
      !/[“”]/.test(o)
  );
  if (other)
    found.push({ kind: "add-item", written: whole(`${list}、${other}`), expected: whole(list) });
  items.forEach((item, i) => {
    const at = [...item].findIndex((c, k) => k > 0 && sameSound(c));
    if (at < 0) return;
    const changed = items.map((x, j) =>
      j === i ? x.slice(0, at) + sameSound(x[at]!)! + x.slice(at + 1) : x
    );
    found.push({ kind: "same-sound", written: plain(join(changed, seps)), expected: plain(list) });
  });
  return found;
}

function phraseMutations(text: string): Mutation[] {
  const frame = (body: string) => `我们要${body}，推动工作落实。`;
  const found: Mutation[] = [];
  const expected = frame(text);
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (!/[\u4e00-\u9fff]/.test(ch)) continue;
    const homophone = sameSound(ch);
    if (homophone)
      found.push({
        kind: "same-sound",
        written: frame(text.slice(0, k) + homophone + text.slice(k + 1)),
        expected,
      });
    found.push({
      kind: "drop-char",
      written: frame(text.slice(0, k) + text.slice(k + 1)),
      expected,
    });
    if (k > 0)
      found.push({
        kind: "insert-char",
        written: frame(`${text.slice(0, k)}的${text.slice(k)}`),
        expected,
      });
  }
  for (const q of QUALIFIERS) {
    const at = text.indexOf(q);
    if (at > 0 && at + q.length < text.length)
      found.push({
        kind: "drop-qualifier",
        written: frame(text.slice(0, at) + text.slice(at + q.length)),
        expected,
      });
  }
  return found;
}

/**
 * Mutations that cannot be told from correct text, with the reason. Each returns true to leave a
 * mutation out.
 */
const EXCLUDED: Array<{
  reason: string;
  applies: (m: Mutation, text: string, entry: FormulationEntry) => boolean;
}> = [
  {
    reason:
      "the mutated text is itself a correct wording of the library (another record or a variant)",
    applies: (m, _, entry) =>
      correctBeside(entry).some((c) => m.written.includes(c) && !m.expected.includes(c)),
  },
  {
    reason:
      "a variant in force (or another record's wording) still stands whole beside the change: the writer may be quoting it",
    applies: (m, text, entry) =>
      correctBeside(entry).some(
        (c) =>
          c !== text && c.length >= text.length / 2 && !c.includes(text) && m.written.includes(c)
      ),
  },
  {
    reason:
      "the record's name is its wording, so no name presents the list whole and a list missing an item reads as a partial mention",
    applies: (m) =>
      (m.kind === "drop-item" || m.kind === "add-item") &&
      /^“([^”]*)”即/.test(m.written) &&
      FORMULATIONS.some(
        (f) =>
          f.match.kind === "list" &&
          bare(f.name) === /^“([^”]*)”/.exec(m.written)![1] &&
          f.match.items.some((i) => bare(f.name).includes(i))
      ),
  },
  {
    reason:
      "the wording still stands whole in the sentence: the inserted character lies beside it (一切的的)",
    applies: (m, text) => m.kind === "insert-char" && m.written.includes(text),
  },
  {
    reason:
      "the record's own name, a part of its wording, stands whole: the sentence mentions it by name",
    applies: (m, text, entry) =>
      text.includes(bare(entry.name)) &&
      bare(entry.name).length >= text.length / 2 &&
      m.written.includes(bare(entry.name)) &&
      !m.written.includes(text) &&
      m.kind === "drop-char",
  },
  {
    reason:
      "a qualifier longer than the edits a wording of that length may show reads as another, shorter phrase",
    applies: (m, text) =>
      m.kind === "drop-qualifier" &&
      m.expected.length - m.written.length > allowedEdits(text.length),
  },
  {
    reason:
      "a character dropped from the end reads as a wording that simply stops early, which is a correct partial mention",
    applies: (m, text) =>
      m.kind === "drop-char" &&
      m.written.includes(text.slice(0, -1)) &&
      !m.written.includes(text) &&
      m.written.indexOf(text.slice(0, -1)) + text.length - 1 === m.written.indexOf("，推动"),
  },
];

const stats = new Map<Kind, { total: number; caught: number; excluded: number }>();
const failures: string[] = [];
const reasons = new Map<string, number>();

function run(m: Mutation, text: string, entry: FormulationEntry) {
  const s = stats.get(m.kind) ?? { total: 0, caught: 0, excluded: 0 };
  stats.set(m.kind, s);
  s.total++;
  const excluded = EXCLUDED.find((e) => e.applies(m, text, entry));
  if (m.written === m.expected || excluded) {
    s.excluded++;
    const key = `${m.kind}: ${excluded?.reason ?? "no change"}`;
    if (process.env.TIFA_EXCLUDED && (reasons.get(key) ?? 0) < 4)
      console.log(`EXCL ${key.slice(0, 40)} | ${m.written}`);
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
    return;
  }
  const findings = check(m.written);
  const fixes = findings.filter((f) => f.fix !== undefined).map((f) => applied(m.written, f));
  if (fixes.includes(m.expected)) s.caught++;
  else
    failures.push(
      `${m.kind}: ${m.written} → ${fixes.join(" | ") || findings.map((f) => f.message).join(" | ") || "nothing found"}`
    );
}

describe("every compared record's mutations", () => {
  for (const entry of compared) {
    it(`${entry.id}: each mutation is caught and fixed back; the canonical sentence and partial mentions stay quiet`, () => {
      const before = failures.length;
      if (entry.match.kind === "list") {
        const { items, seps } = listTokens(entry as FormulationEntry & { match: { kind: "list" } });
        expect(check(`我们要坚持${join(items, seps)}，推动工作落实。`)).toEqual([]);
        expect(check(`我们要坚持${items[0]}、${items[1]}。`)).toEqual([]);
        expect(check(`我们要坚持${items[items.length - 1]}。`)).toEqual([]);
        for (const m of listMutations(entry as FormulationEntry & { match: { kind: "list" } }))
          run(m, join(items, seps), entry);
      } else if (entry.match.kind === "phrase") {
        const { text } = entry.match;
        expect(check(`我们要${text}，推动工作落实。`)).toEqual([]);
        for (const m of phraseMutations(text)) run(m, text, entry);
      }
      expect(failures.slice(before)).toEqual([]);
    }, 60_000);
  }

  afterAll(() => {
    const rows = [...stats].map(
      ([kind, s]) => `${kind}: ${s.caught}/${s.total - s.excluded} caught (${s.excluded} excluded)`
    );
    console.log(`提法 mutations\n${rows.join("\n")}\nfailures: ${failures.length}`);
    console.log([...reasons].map(([r, n]) => `  excluded ${n} × ${r}`).join("\n"));
    if (process.env.TIFA_FAILURES) console.log(failures.join("\n"));
  });
});
