import type { FormulationEntry } from "../../content/phrases/types";
import { escapeRegex } from "../regexSource";
import { commonLength, editDistance, sameWording, sharedCharacters } from "./distance";
import { listSegments } from "./segments";
import type { FormulationDeviation, Span } from "./types";

/** A list formulation as the comparison reads it. */
export interface ListShape {
  entry: FormulationEntry;
  items: readonly string[];
  /**
   * Words that, standing right before the list, present it whole: the name, and the entry's own.
   */
  intro: readonly string[];
  /** Other wordings in force, joined as written. */
  variants: readonly string[];
  /** The mark the wording puts between item i and item i+1 (、，；), where it shows them. */
  separators: readonly string[];
}

/** One item's place in a run: the exact item found there, or the item a near variant stands for. */
interface Slot {
  start: number;
  end: number;
  item: number;
  exact: boolean;
  /** Other words in the one missing item's place: wrong only where the list is presented whole. */
  loose?: boolean;
}

/** Words after a list that present it whole: 学思想、强党性、重实践、建新功的总要求. */
const WHOLE_AFTER =
  /^[”"）)]?(?:(?:的|为)?(?:总要求|标准|方针|原则|目标任务|总体布局|战略布局)|作为(?:自己的|党的)?行动指南)/;

const STRIPPED = /[“”"‘’\s\u3000]/;
const ALL_STRIPPED = new RegExp(STRIPPED.source, "g");
const strip = (text: string) => text.replace(ALL_STRIPPED, "");

/** The first `count` characters of a text that strip() keeps. */
function strippedHead(text: string, count: number): string {
  let head = "";
  for (let i = 0; i < text.length && head.length < count; i++)
    if (!STRIPPED.test(text[i]!)) head += text[i];
  return head;
}

/** An item as a segment holds it: segments lose the quotes at their ends. */
const trimQuotes = (item: string) => item.replace(/^[“‘"「]+|[”’"」]+$/g, "");

/** A list's items as segments show them: without quotes at their ends, and without any quotes. */
interface PreparedItems {
  items: readonly string[];
  trimmed: readonly string[];
  stripped: readonly string[];
}

const prepared = new WeakMap<readonly string[], PreparedItems>();
function prepare(items: readonly string[]): PreparedItems {
  let p = prepared.get(items);
  if (!p) {
    const trimmed = items.map(trimQuotes);
    p = { items, trimmed, stripped: trimmed.map(strip) };
    prepared.set(items, p);
  }
  return p;
}

/**
 * The item a segment holds exactly: all of it, or its end (first in a run) or its start (last in a
 * run).
 */
function exactIn(
  paragraph: string,
  segment: Span,
  plain: string,
  { items, trimmed, stripped }: PreparedItems
): { item: number; where: "whole" | "end" | "start"; start: number; end: number } | undefined {
  let best:
    { item: number; where: "whole" | "end" | "start"; start: number; end: number } | undefined;
  for (let i = 0; i < items.length; i++) {
    const quotedItem = items[i]!;
    const item = trimmed[i]!;
    const better = (len: number) => !best || len > best.end - best.start;
    // Quotes inside an item (“三个代表”重要思想) are written or left out: neither changes the item.
    const whole = segment.text === item || plain === stripped[i];
    if (whole && (!best || best.where !== "whole" || better(item.length))) {
      // An item that opens with a quote takes the quote the segment left out, so a fix rewrites
      // it too.
      const quoted = item !== quotedItem && paragraph[segment.start - 1] === quotedItem[0] ? 1 : 0;
      best = { item: i, where: "whole", start: segment.start - quoted, end: segment.end };
    } else if (best?.where !== "whole" && segment.text.endsWith(item) && better(item.length))
      best = { item: i, where: "end", start: segment.end - item.length, end: segment.end };
    else if (!best && segment.text.startsWith(item))
      best = { item: i, where: "start", start: segment.start, end: segment.start + item.length };
  }
  return best;
}

/**
 * A near variant of one of `candidates` in a segment: the whole of it, or its end or start at a
 * run's edge.
 */
function nearIn(
  segment: Span,
  items: readonly string[],
  candidates: readonly number[],
  edge: "first" | "last" | "inner"
): Slot | undefined {
  let best: (Slot & { distance: number }) | undefined;
  for (const i of candidates) {
    const item = items[i]!;
    const around = [item.length, item.length - 1, item.length + 1, segment.text.length];
    const lengths =
      edge === "inner"
        ? [segment.text.length]
        : [...new Set(around)].filter(
            (l) => l >= 2 && l <= segment.text.length && l <= item.length + 2
          );
    for (const length of lengths) {
      const start = edge === "first" ? segment.end - length : segment.start;
      const text = edge === "first" ? segment.text.slice(-length) : segment.text.slice(0, length);
      if (text.length > item.length + 2) continue;
      // Fewer shared characters than half the item: not close, whatever the order.
      if (sharedCharacters(item, text, 0, text.length) < Math.ceil(item.length / 2)) continue;
      const distance = editDistance(item, text);
      const close =
        distance >= 1 &&
        distance <= Math.max(1, Math.floor(item.length / 2)) &&
        commonLength(item, text) >= Math.ceil(item.length / 2);
      const closer =
        !best ||
        distance < best.distance ||
        (distance === best.distance &&
          Math.abs(length - item.length) < Math.abs(best.end - best.start - item.length));
      if (close && closer) best = { start, end: start + length, item: i, exact: false, distance };
    }
  }
  return best && { start: best.start, end: best.end, item: best.item, exact: false };
}

/**
 * Other words, short as an item, in the place of the one item missing: 求真务实 where 真抓实干
 * belongs.
 */
function looseIn(
  segment: Span,
  items: readonly string[],
  missing: readonly number[]
): Slot | undefined {
  if (missing.length !== 1 || missing[0] !== items.length - 1) return undefined;
  const item = items[missing[0]!]!;
  const words = /^[^的之等]+/.exec(segment.text)?.[0] ?? "";
  if (words.length < 2 || Math.abs(words.length - item.length) > 1) return undefined;
  return {
    start: segment.start,
    end: segment.start + words.length,
    item: missing[0]!,
    exact: false,
    loose: true,
  };
}

/** Whether enough items stand as written for the rest to be read as this list. */
const enough = (exact: number, n: number) =>
  exact >= 2 && (n <= 5 ? exact >= n - 1 : exact >= n - 2);

/**
 * Runs of segments that hold the list's items, allowing one near variant between or beside them.
 */
function runs(paragraph: string, segments: readonly Span[], items: readonly string[]): Slot[][] {
  const own = prepare(items);
  const exact = segments.map((s) => exactIn(paragraph, s, strip(s.text), own));
  const found: Slot[][] = [];
  let j = 0;
  while (j < segments.length) {
    const first = exact[j];
    if (!first || first.where === "start") {
      j++;
      continue;
    }
    const run: Array<{ index: number; slot?: Slot }> = [
      { index: j, slot: { ...first, exact: true } },
    ];
    let k = j + 1;
    for (; k < segments.length; k++) {
      // Words before an item end the run there, unless it is the very next item: 党小组会，按时上好
      // 党课.
      const previous = run[run.length - 1]!.slot;
      const closing = exact[k]?.where === "end" && previous && exact[k]!.item === previous.item + 1;
      if (closing) {
        run.push({ index: k, slot: { ...exact[k]!, exact: true } });
        k++;
        break;
      }
      // Right after the first item, another closing a segment with words before it starts a run of
      // its own there: 履行“一岗双责”，坚持党政同责、一岗双责… is two places, not one list.
      if (exact[k]?.where === "end" && run.length === 1) break;
      const e = exact[k]?.where === "end" ? undefined : exact[k];
      if (e) {
        run.push({ index: k, slot: { ...e, exact: true } });
        if (e.where === "start") {
          k++;
          break;
        }
      } else if (exact[k + 1] && exact[k + 1]!.where !== "end" && run[run.length - 1]!.slot)
        run.push({ index: k });
      else break;
    }
    if (run.length > 0 && !run[run.length - 1]!.slot) run.pop();
    const present = new Set(run.flatMap((r) => (r.slot ? [r.slot.item] : [])));
    const missing = items.map((_, i) => i).filter((i) => !present.has(i));
    const slots: Slot[] = [];
    // A near variant just before the run, as its first item.
    const before =
      j - 1 >= 0 && !exact[j - 1] ? nearIn(segments[j - 1]!, items, missing, "first") : undefined;
    if (before && first.where === "whole") slots.push(before);
    for (const r of run) {
      if (r.slot) slots.push(r.slot);
      else {
        const near = nearIn(segments[r.index]!, items, missing, "inner");
        if (near) slots.push(near);
      }
    }
    // A near variant just after the run, as its last item.
    const lastExact = exact[run[run.length - 1]!.index];
    const next = segments[k];
    const after =
      next && !exact[k] && lastExact?.where === "whole"
        ? (nearIn(next, items, missing, "last") ?? looseIn(next, items, missing))
        : undefined;
    if (after) slots.push(after);
    found.push(slots);
    j = Math.max(k, j + 1);
  }
  return found;
}

/** Words before a list that say only some of it follows: 包括, 其中, 如. */
const PART_BEFORE = /(?:包括|包含|其中|如|比如|例如|诸如|像|涵盖)[：:，,]?$/;
/** Words after a list that say so: 等, 之一, 中的. */
const PART_AFTER = /^[”"）)]?(?:等|之一|中的|里的|其中)/;

const presentings = new Map<string, RegExp>();
/** The name or words, then 即/是/：…, right before a list: it follows whole. */
function presenting(word: string): RegExp {
  let pattern = presentings.get(word);
  if (!pattern) {
    pattern = new RegExp(
      `${escapeRegex(strip(word))}(?:[，,]?(?:即|即是|就是|也就是|是|是指|指的是|要求)|[：:（(]|——)$`
    );
    presentings.set(word, pattern);
  }
  return pattern;
}

function introduced(
  paragraph: string,
  sentence: Span,
  slots: readonly Slot[],
  shape: ListShape
): boolean {
  const first = slots[0]!.start;
  const before = strip(paragraph.slice(Math.max(sentence.start, first - 24), first));
  const after = paragraph.slice(slots[slots.length - 1]!.end, sentence.end);
  if (PART_BEFORE.test(before) || PART_AFTER.test(after)) return false;
  // 主题教育的总要求是… presents 主题教育总要求 as well.
  const plain = before.replace(/的/g, "");
  const intro = shape.intro.some(
    (word) => presenting(word).test(before) || presenting(word).test(plain)
  );
  // The entry's own words may present the list after it: 在党史、新中国史……上具有里程碑意义.
  const clause = strip(after.split(/[，；,;]/)[0]!.slice(0, 30));
  return (
    intro ||
    closesWhole(after, shape) ||
    (after[0] === "、" && closingAfter(after.slice(1), shape) !== undefined) ||
    shape.intro.slice(1).some((word) => clause.includes(strip(word)))
  );
}

/**
 * Whether words right after a list present it whole: 的总要求, 为总要求, or its name (道路自信……文化
 * 自信这“四个自信”).
 */
function closesWhole(after: string, shape: ListShape): boolean {
  if (WHOLE_AFTER.test(after)) return true;
  const name = strip(shape.intro[0]!);
  // Only as many words as the longest of the three: the rest of the paragraph may be long.
  const words = strippedHead(after, name.length + 2);
  return words.startsWith(name) || words.startsWith(`这${name}`) || words.startsWith(`这一${name}`);
}

/**
 * Where, after one more item written beside a list, words present the list whole (真抓实干、担当作为
 * 为总要求): the length of that item, or undefined.
 */
function closingAfter(text: string, shape: ListShape): number | undefined {
  if (!/^[^，。；、,;！？]/.test(text)) return undefined;
  for (let i = 2; i <= Math.min(10, text.length); i++) {
    if (/[，。；、,;！？]/.test(text[i - 1]!)) return undefined;
    if (closesWhole(text.slice(i), shape)) return i;
  }
  return undefined;
}

/**
 * The words of a segment before the entry's own closing words (世界发展史 in 世界发展史上具有里程碑
 * 意义).
 */
function beforeClosing(text: string, shape: ListShape): string {
  for (const word of shape.intro.slice(1)) {
    const at = text.indexOf(word);
    if (at > 0) return text.slice(0, at).replace(/[上中里]$/, "");
  }
  return text;
}

/**
 * The text from the first to the last of some slots, with each slot's words replaced by
 * `words(slot)`.
 */
function rebuilt(
  paragraph: string,
  slots: readonly Slot[],
  words: (slot: Slot, index: number) => string
): string {
  let out = "";
  slots.forEach((slot, i) => {
    if (i > 0) out += paragraph.slice(slots[i - 1]!.end, slot.start);
    out += words(slot, i);
  });
  return out;
}

function separatorOf(paragraph: string, slots: readonly Slot[]): string {
  return slots.length > 1
    ? paragraph.slice(slots[0]!.end, slots[1]!.start).replace(/[“”"‘’\s]/g, "") || "、"
    : "、";
}

/**
 * Whether the sentence names the list outside the run (学习伟大建党精神，体会坚持真理、坚持理想…):
 * fewer items as written then suffice to read a near one as a slip of this list's.
 */
function namedInSentence(
  paragraph: string,
  sentence: Span,
  slots: readonly Slot[],
  shape: ListShape
): boolean {
  const name = strip(shape.intro[0]!);
  if (name.length < 3) return false;
  const before = strip(paragraph.slice(sentence.start, slots[0]!.start));
  const after = strip(paragraph.slice(slots[slots.length - 1]!.end, sentence.end));
  return before.includes(name) || after.includes(name);
}

/** Deviations of one run of a list from its canonical items. */
function deviationsOfRun(
  paragraph: string,
  sentence: Span,
  slots: Slot[],
  shape: ListShape
): { deviations: FormulationDeviation[]; whole: boolean } {
  const { entry, items } = shape;
  const n = items.length;
  const exactCount = new Set(slots.filter((s) => s.exact).map((s) => s.item)).size;
  if (exactCount < 2) return { deviations: [], whole: false };
  if (slots.some((s) => s.loose) && !introduced(paragraph, sentence, slots, shape))
    slots = slots.filter((s) => !s.loose);
  const canonical = items.join("、");
  const ordered = slots.every((s, i) => i === 0 || slots[i - 1]!.item < s.item);
  const near = slots.filter((s) => !s.exact);
  if (ordered && near.length === 0 && exactCount === n) return { deviations: [], whole: true };
  const found: FormulationDeviation[] = [];
  const named = `“${entry.name.replace(/[“”]/g, "")}”`;
  // Too few items as written, but the sentence names the list: only an item written between two
  // of them is read as this list's (学习伟大建党精神…坚持真理、坚持理想，践行初心).
  const between = (s: Slot) => {
    const i = slots.indexOf(s);
    return i > 0 && i < slots.length - 1 && slots[i - 1]!.exact && slots[i + 1]!.exact;
  };
  const readAsItems = enough(exactCount, n)
    ? near
    : namedInSentence(paragraph, sentence, slots, shape)
      ? near.filter(between)
      : [];
  for (const s of readAsItems) {
    // An item that opens with a quote (“三个代表”重要思想) takes the writer's quote into the fix's
    // range.
    const start =
      /^[“"]/.test(items[s.item]!) && paragraph[s.start - 1] === items[s.item]![0]
        ? s.start - 1
        : s.start;
    const written = paragraph.slice(start, s.end);
    found.push({
      start,
      end: s.end,
      fix: items[s.item]!,
      entry,
      kind: "item",
      certain: n <= 5 ? exactCount >= n - 1 : exactCount >= n - 2,
      message: `“${written}”应为“${items[s.item]}”（${named}：${canonical}）。`,
    });
  }
  const shortItems = items.some((i) => i.length < 3);
  // Items out of order and two or more not as written: another list sharing items (政治过硬、能力过
  // 硬、作风过硬、廉洁过硬), unless the sentence presents this one by its name.
  const another = n - exactCount >= 2 && !introduced(paragraph, sentence, slots, shape);
  if (
    !ordered &&
    !another &&
    slots.length >= Math.max(3, n - 1) &&
    (!shortItems || slots.length === n)
  ) {
    const sorted = [...slots].sort((a, b) => a.item - b.item);
    const moved = slots.map((s, i) => s.item !== sorted[i]!.item);
    const from = moved.indexOf(true);
    const to = moved.lastIndexOf(true);
    // The same item twice is not an order to fix.
    if (from === -1 || new Set(slots.map((s) => s.item)).size !== slots.length)
      return { deviations: found, whole: false };
    const range = slots.slice(from, to + 1);
    const fix = rebuilt(paragraph, range, (_, i) => items[sorted[from + i]!.item]!);
    found.length = 0;
    found.push({
      start: range[0]!.start,
      end: range[range.length - 1]!.end,
      fix,
      entry,
      kind: "order",
      certain: true,
      message: `顺序与规范表述不一致，${named}依次为：${canonical}。`,
    });
  }
  if (
    found.length === 0 &&
    near.length === 0 &&
    ordered &&
    introduced(paragraph, sentence, slots, shape)
  ) {
    const present = new Set(slots.map((s) => s.item));
    const missing = items.map((_, i) => i).filter((i) => !present.has(i));
    if (missing.length === 1) {
      const m = missing[0]!;
      const previous = [...slots].reverse().find((s) => s.item < m);
      const sep = shape.separators[previous ? m - 1 : m] ?? separatorOf(paragraph, slots);
      const anchor = previous ?? slots[0]!;
      const words = paragraph.slice(anchor.start, anchor.end);
      found.push({
        start: anchor.start,
        end: anchor.end,
        fix: previous ? `${words}${sep}${items[m]}` : `${items[m]}${sep}${words}`,
        entry,
        kind: "missing",
        certain: true,
        message: `缺少“${items[m]}”，${named}完整表述为：${canonical}。`,
      });
    } else if (missing.length > 1) {
      const last = slots[slots.length - 1]!;
      found.push({
        start: slots[0]!.start,
        end: last.end,
        entry,
        kind: "missing",
        certain: false,
        message: `这里列出${named}，但缺少${missing.map((i) => `“${items[i]}”`).join("")}；完整表述为：${canonical}。只提部分时请不要用“即”等完整列举的说法。`,
      });
    }
  }
  return { deviations: found, whole: false };
}

/** An item beyond a whole, introduced list: 政治意识、大局意识、核心意识、看齐意识、服务意识. */
function added(
  paragraph: string,
  sentence: Span,
  segments: readonly Span[],
  slots: readonly Slot[],
  shape: ListShape
): FormulationDeviation | undefined {
  if (!introduced(paragraph, sentence, slots, shape)) return undefined;
  const last = slots[slots.length - 1]!;
  const next = segments.find((s) => s.start > last.end);
  if (!next || paragraph.slice(last.end, next.start).replace(/[“”"\s]/g, "") !== "、")
    return undefined;
  const own = next.text.slice(
    0,
    closingAfter(paragraph.slice(next.start, sentence.end), shape) ??
      beforeClosing(next.text, shape).length
  );
  if (own.length > 10 || own.length < 2) return undefined;
  const words = own.replace(/^(?:和|及|以及|与)/, "");
  const named = `“${shape.entry.name.replace(/[“”]/g, "")}”`;
  // The fix takes the item out with the mark before it, so the list ends where the canonical one
  // does.
  return {
    start: last.end,
    end: next.start + own.length,
    fix: "",
    entry: shape.entry,
    kind: "added",
    certain: false,
    message: `“${words}”不在${named}之中（${shape.items.join("、")}），请核对；如是多写，删去“${words}”。`,
  };
}

/**
 * Whether a fix would leave one of the list's items twice in the sentence where it stood once: such
 * a fix is wrong.
 */
function duplicates(
  paragraph: string,
  sentence: Span,
  d: FormulationDeviation,
  items: readonly string[]
): boolean {
  if (d.fix === undefined) return false;
  const before = paragraph.slice(sentence.start, sentence.end);
  const after =
    paragraph.slice(sentence.start, d.start) + d.fix + paragraph.slice(d.end, sentence.end);
  const count = (text: string, item: string) => text.split(trimQuotes(item)).length - 1;
  return items.some((item) => count(after, item) > 1 && count(after, item) > count(before, item));
}

/**
 * Deviations of a sentence from one list formulation, and the ranges where the list stands whole.
 */
export function compareList(
  paragraph: string,
  sentence: Span,
  shape: ListShape
): { deviations: FormulationDeviation[]; whole: Array<[number, number]> } {
  const known = (t: string) => shape.items.some((i) => t === i || t.startsWith(i) || t.endsWith(i));
  const segments = listSegments(paragraph, sentence, known);
  const deviations: FormulationDeviation[] = [];
  const whole: Array<[number, number]> = [];
  for (const slots of runs(paragraph, segments, shape.items)) {
    if (slots.length < 2) continue;
    const range: [number, number] = [slots[0]!.start, slots[slots.length - 1]!.end];
    const written = paragraph.slice(range[0], range[1]);
    if (shape.variants.some((v) => sameWording(v, written) || written.includes(v))) {
      whole.push(range);
      continue;
    }
    const result = deviationsOfRun(paragraph, sentence, slots, shape);
    if (result.whole) {
      whole.push(range);
      const extra = added(paragraph, sentence, segments, slots, shape);
      if (extra) deviations.push(extra);
    }
    deviations.push(...result.deviations);
  }
  return {
    deviations: deviations.filter((d) => !duplicates(paragraph, sentence, d, shape.items)),
    whole,
  };
}
