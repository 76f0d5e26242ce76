import type { FormulationEntry } from "../../content/phrases/types";
import type { Anchor } from "./anchors";
import type { FormulationDeviation } from "./types";

/** Marks that carry no wording: the comparison of characters passes over them. */
const MARK = /[、，；,;“”‘’"'\s\u3000]/;
/** Characters that end a sentence, by code: the scans below ask this of every character. */
const SENTENCE_ENDS = new Uint8Array(0x10000);
for (const c of "。！？!?：:\n") SENTENCE_ENDS[c.charCodeAt(0)] = 1;
const endsSentence = (code: number) => SENTENCE_ENDS[code] === 1;

export interface ReorderShape {
  entry: FormulationEntry;
  /** The canonical text put back where the words stand in another order. */
  fix: string;
  /** Its characters without marks, in order. */
  core: string;
  /**
   * Its parts (the phrase's pieces between marks, the list's items): a stretch opens on one of
   * them.
   */
  parts: readonly string[];
  /**
   * A list is looked for here only written without marks (凝聚力创造力战斗力); with them, the list
   * comparison reads it.
   */
  unmarked?: boolean;
}

/**
 * 实现共产主义是党的最高理想 for 党的最高理想是实现共产主义: the two sides of 是 turned round, a
 * sentence of one's own.
 */
function copulaTurned(window: string, core: string): boolean {
  for (let i = core.indexOf("是"); i !== -1; i = core.indexOf("是", i + 1))
    if (window === `${core.slice(i + 1)}是${core.slice(0, i)}`) return true;
  return false;
}

/** Whether `window` is `tokens` put one after another in some order, each used once. */
function segmentable(window: string, tokens: readonly string[]): boolean {
  const left = new Map<string, number>();
  for (const t of tokens) left.set(t, (left.get(t) ?? 0) + 1);
  const walk = (at: number): boolean => {
    if (at === window.length) return true;
    for (const [t, n] of left) {
      if (n === 0 || !window.startsWith(t, at)) continue;
      left.set(t, n - 1);
      if (walk(at + t.length)) return true;
      left.set(t, n);
    }
    return false;
  };
  return walk(0);
}

/**
 * A part split at each 和 with two other characters on either side, the 和 kept as a piece:
 * 严管和厚爱结合 → 严管|和|厚爱结合. (No lookbehind: older Office webviews lack it.)
 */
function splitAtAnd(part: string): string[] {
  const pieces: string[] = [];
  const plain = (from: number, to: number) =>
    from >= 0 && to <= part.length && !part.slice(from, to).includes("和");
  let start = 0;
  for (let i = 0; i < part.length; i++) {
    if (part[i] !== "和" || !plain(i - 2, i) || !plain(i + 1, i + 3)) continue;
    pieces.push(part.slice(start, i), "和");
    start = i + 1;
  }
  pieces.push(part.slice(start));
  return pieces;
}

/** Characters that close a word of three: 常态化, 纯洁性. */
const SUFFIX = /[化性]/;

/**
 * A part cut into words of two characters (the last of three where the part is odd, and any that a
 * suffix closes): 学懂|弄通|做实, 作风|建设|常态化|长效化. A 和 between words stands on its own:
 * 严管|和|厚爱|结合.
 */
const words = (part: string): string[] => {
  const out: string[] = [];
  for (const piece of splitAtAnd(part)) {
    if (piece === "和") {
      out.push(piece);
      continue;
    }
    for (let i = 0; i < piece.length;) {
      const rest = piece.length - i;
      const size = rest === 3 || (rest > 3 && SUFFIX.test(piece[i + 2]!)) ? 3 : 2;
      out.push(piece.slice(i, i + size));
      i += size;
    }
  }
  return out.filter((w, i, all) => w.length > 1 || w === "和" || i === all.length - 1);
};

/**
 * Fixed wordings with their words in another order (令行禁止、政令畅通 for 政令畅通、令行禁止; 学懂
 * 做实弄通 for 学懂弄通做实): the wording's parts, or its two-character words, in another order
 * within one sentence. The fix is the canonical wording.
 */
export class ReorderComparison {
  /** Each shape's rarest word: a stretch is looked at only where one stands. */
  readonly keys: readonly string[];
  /** For each shape, the last sentence it was looked for in (a count over all calls). */
  private readonly seen: Int32Array;
  private sentence = 0;
  /** For each key, the shape it stands for. */
  private readonly owners: number[] = [];
  /** For each shape, the first two characters of each of its words: a moved word keeps them. */
  private readonly words: string[][];

  constructor(private readonly shapes: readonly ReorderShape[]) {
    this.words = shapes.map((shape) => [
      ...new Set(
        shape.parts
          .flatMap(words)
          .map((w) => w.slice(0, 2))
          .filter((w) => w.length === 2)
      ),
    ]);
    const shared = new Map<string, number>();
    for (const own of this.words) for (const w of own) shared.set(w, (shared.get(w) ?? 0) + 1);
    // Each shape is looked for by its rarest word; the others are then looked for in that sentence
    // only.
    const keys: string[] = [];
    this.words.forEach((own, s) => {
      if (own.length === 0) return;
      keys.push(own.reduce((a, b) => (shared.get(b)! < shared.get(a)! ? b : a)));
      this.owners.push(s);
    });
    this.keys = keys;
    this.seen = new Int32Array(shapes.length);
  }

  /** Deviations at the places where `keys` were found (`anchors`, in order of start). */
  find(paragraph: string, anchors: readonly Anchor[]): FormulationDeviation[] {
    const found: FormulationDeviation[] = [];
    if (anchors.length === 0) return found;
    // The anchors come in order: the sentence holding each is found by moving on from the last.
    let from = 0;
    let to = -1;
    let sentence = "";
    const { seen } = this;
    for (const anchor of anchors) {
      const s = this.owners[anchor.index]!;
      if (anchor.start >= to) {
        from = to + 1;
        for (let i = anchor.start; i > from; i--)
          if (endsSentence(paragraph.charCodeAt(i - 1))) {
            from = i;
            break;
          }
        to = anchor.start;
        while (to < paragraph.length && !endsSentence(paragraph.charCodeAt(to))) to++;
        sentence = paragraph.slice(from, to);
        this.sentence++;
      }
      // Each shape once in a sentence.
      if (seen[s] === this.sentence) continue;
      seen[s] = this.sentence;
      if (
        !this.words[s]!.every((w) => sentence.includes(w)) ||
        sentence.includes(this.shapes[s]!.fix)
      )
        continue;
      const shape = this.shapes[s]!;
      const hit = this.windowAt(paragraph, from, shape);
      if (hit)
        found.push({
          start: hit.start,
          end: hit.end,
          fix: shape.fix,
          entry: shape.entry,
          kind: "order",
          certain: true,
          message: `词语顺序与规范表述不一致，应为“${shape.fix}”。`,
        });
    }
    return found;
  }

  /**
   * A stretch of the sentence holding `at` that is the wording's parts or words in another order.
   */
  private windowAt(
    paragraph: string,
    at: number,
    shape: ReorderShape
  ): { start: number; end: number } | undefined {
    const n = shape.core.length;
    let from = at;
    while (from > 0 && !endsSentence(paragraph.charCodeAt(from - 1))) from--;
    const places: number[] = [];
    for (let i = from; i < paragraph.length && !endsSentence(paragraph.charCodeAt(i)); i++)
      if (!MARK.test(paragraph[i]!)) places.push(i);
    const chars = places.map((p) => paragraph[p]!).join("");
    // A sentence that holds the wording written right is left alone.
    if (chars.length < n || chars.includes(shape.core)) return undefined;
    // Slide a window of n characters, keeping how far its characters are from the wording's.
    const need = new Map<string, number>();
    for (const c of shape.core) need.set(c, (need.get(c) ?? 0) + 1);
    let off = need.size;
    const add = (c: string, d: number) => {
      const before = need.get(c) ?? 0;
      const after = before - d;
      need.set(c, after);
      if (before === 0 && after !== 0) off++;
      else if (before !== 0 && after === 0) off--;
    };
    for (let i = 0; i < n; i++) add(chars[i]!, 1);
    for (let s = 0; s + n <= chars.length; s++) {
      if (s > 0) {
        add(chars[s - 1]!, -1);
        add(chars[s + n - 1]!, 1);
      }
      if (off !== 0) continue;
      const window = chars.slice(s, s + n);
      if (window === shape.core || copulaTurned(window, shape.core)) continue;
      const byParts = shape.parts.length > 1 && segmentable(window, shape.parts);
      if (!byParts && !segmentable(window, shape.parts.flatMap(words))) continue;
      // Marks that open or close the wording (“十五五”…) are taken in with it, so the fix does not
      // double them.
      let start = places[s]!;
      let end = places[s + n - 1]! + 1;
      if (shape.unmarked && end - start !== n) continue;
      if (MARK.test(shape.fix[0]!) && paragraph[start - 1] === shape.fix[0]) start--;
      if (
        MARK.test(shape.fix[shape.fix.length - 1]!) &&
        paragraph[end] === shape.fix[shape.fix.length - 1]
      )
        end++;
      return { start, end };
    }
    return undefined;
  }
}

/** The shapes to look for: fixed wordings of two parts or more, and lists written without marks. */
export function reorderShapes(entries: readonly FormulationEntry[]): ReorderShape[] {
  return entries.flatMap((entry): ReorderShape[] => {
    if (entry.status !== "current") return [];
    if (entry.match.kind === "phrase") {
      const fix = entry.match.text;
      const core = [...fix].filter((c) => !MARK.test(c)).join("");
      const parts = fix
        .split(/[、，；]/)
        .map((p) => p.replace(/[“”‘’"']/g, ""))
        .filter((p) => p.length >= 2);
      return core.length >= 4 && core.length <= 30 ? [{ entry, fix, core, parts }] : [];
    }
    if (entry.match.kind === "list") {
      const fix = entry.match.items.join("");
      return fix.length >= 6 && fix.length <= 40 && !/[“”]/.test(fix)
        ? [{ entry, fix, core: fix, parts: entry.match.items, unmarked: true }]
        : [];
    }
    return [];
  });
}
