import type { FileUnits } from "../packedData";
import type { TypoData } from "./data";

/** Known words checked around a suspect character: up to this long. */
export const MAX_AROUND = 8;

/**
 * Characters that stand as words of their own between others: 休憩与共享 reads 休憩 / 与 / 共享.
 */
export const FUNCTION_CHARACTERS = new Set(
  "的地得了着过与和及或在是对把被为以从向于并而且也都就又还等之其所"
);

/** The lexicon's tables: every known word once, and each variant form's other forms. */
export interface LexiconTables {
  /** The words joined by line breaks, as UTF-16 code units: read only when a text first asks. */
  words: Uint16Array;
  variants: Array<[string, string[]]>;
}

type LexiconData = Pick<TypoData, "commonWords" | "vocabulary" | "expressions" | "allowedVariants">;

function variantsOf(allowedVariants: LexiconData["allowedVariants"]): Map<string, string[]> {
  const variants = new Map<string, string[]>();
  for (const forms of allowedVariants) {
    for (const form of forms)
      variants.set(form, [...(variants.get(form) ?? []), ...forms.filter((f) => f !== form)]);
  }
  return variants;
}

function wordsOf(data: LexiconData, formulations: readonly string[]): Set<string> {
  return new Set([
    ...data.commonWords,
    ...data.vocabulary,
    ...data.expressions,
    ...formulations,
    ...variantsOf(data.allowedVariants).keys(),
  ]);
}

export function lexiconTables(data: LexiconData, formulations: readonly string[]): LexiconTables {
  const words = [...wordsOf(data, formulations)];
  if (words.some((w) => w.includes("\n"))) throw new Error("A known word holds a line break.");
  const joined = words.join("\n");
  const units = new Uint16Array(joined.length);
  for (let i = 0; i < joined.length; i++) units[i] = joined.charCodeAt(i);
  return { words: units, variants: [...variantsOf(data.allowedVariants)] };
}

const LINE_BREAK = 10;

/** FNV-1a over the UTF-16 code units of text[from, to). */
function spanHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Whether the packed word starting at `start` is text[from, to). */
function sameWord(units: Uint16Array, start: number, text: string, from: number, to: number) {
  const end = start + (to - from);
  if (end > units.length || (end < units.length && units[end] !== LINE_BREAK)) return false;
  for (let i = from, u = start; i < to; i++, u++) if (units[u] !== text.charCodeAt(i)) return false;
  return true;
}

/** Where each of the packed words starts, by the hash of its units, at least twice the places. */
function wordIndex(packed: Uint16Array | FileUnits): { units: Uint16Array; places: Int32Array } {
  const units = packed.subarray(0, packed.length);
  if (units.length === 0) return { units, places: new Int32Array(1) };
  let words = 1;
  for (let i = 0; i < units.length; i++) if (units[i] === LINE_BREAK) words++;
  let size = 2;
  while (size < words * 2) size *= 2;
  const places = new Int32Array(size);
  const mask = size - 1;
  for (let start = 0; start <= units.length;) {
    let h = 0x811c9dc5;
    let end = start;
    for (; end < units.length && units[end] !== LINE_BREAK; end++)
      h = Math.imul(h ^ units[end]!, 0x01000193);
    let at = (h >>> 0) & mask;
    while (places[at] !== 0) at = (at + 1) & mask;
    places[at] = start + 1;
    start = end + 1;
  }
  return { units, places };
}

/**
 * Everything known to be written correctly: ordinary words, the genre's words and expressions,
 * the 提法 library's wordings, both forms of an allowed variant, and words an organisation allows.
 */
export class Lexicon {
  /** Made at the first question, from the lists: most texts hold no place to ask about. */
  private known: Set<string> | undefined;
  /**
   * From the packed words, made at the first question: a hash table of where each word starts in
   * them (plus one; 0 is an empty place). Tens of thousands of words, asked about by the span, are
   * looked up there without a string made for each.
   */
  private index: { units: Uint16Array; places: Int32Array } | undefined;
  /** A variant form → the other forms allowed beside it. */
  private readonly variants: Map<string, string[]>;
  /** The words as the tables keep them, or the lists to gather them from. */
  private readonly packedWords?: Uint16Array | FileUnits;
  private readonly listed?: { data: LexiconData; formulations: readonly string[] };

  constructor(data: LexiconData | LexiconTables, formulations: readonly string[] = []) {
    if ("words" in data) {
      this.variants = new Map(data.variants);
      this.packedWords = data.words;
    } else {
      this.variants = variantsOf(data.allowedVariants);
      this.listed = { data, formulations };
    }
  }

  has(word: string): boolean {
    return this.hasSpan(word, 0, word.length);
  }

  /** Whether text[from, to) is a known word. */
  private hasSpan(text: string, from: number, to: number): boolean {
    if (!this.packedWords) {
      this.known ??= wordsOf(this.listed!.data, this.listed!.formulations);
      return this.known.has(text.slice(from, to));
    }
    const { units, places } = (this.index ??= wordIndex(this.packedWords));
    const mask = places.length - 1;
    for (let at = spanHash(text, from, to) & mask; ; at = (at + 1) & mask) {
      const place = places[at]!;
      if (place === 0) return false;
      if (sameWord(units, place - 1, text, from, to)) return true;
    }
  }

  /**
   * Whether a known word in the text covers the character at `at` and reaches outside [start, end):
   * the character then belongs to that word, and the span straddles a word boundary.
   */
  crossedAt(text: string, at: number, start: number, end: number): boolean {
    for (let length = 2; length <= MAX_AROUND; length++) {
      for (
        let from = Math.max(0, at - length + 1);
        from <= at && from + length <= text.length;
        from++
      ) {
        if ((from < start || from + length > end) && this.hasSpan(text, from, from + length))
          return true;
      }
    }
    return false;
  }

  /**
   * Whether the span reads as two known words side by side, at least one of them running past its
   * edge (…以 + 以及…): its characters then belong to other words, however it looks.
   */
  straddled(text: string, start: number, end: number): boolean {
    for (let split = start + 1; split < end; split++) {
      const left = this.endsWord(text, start, split);
      const right = left && this.beginsWord(text, split, end);
      if (left && right && (left === "across" || right === "across")) return true;
    }
    return false;
  }

  /**
   * Whether a known word runs past an edge of the span and the rest of the span reads as known
   * words and function characters: 休憩与共 in 休憩与共享 is 休憩 / 与 / 共享.
   */
  segmented(text: string, start: number, end: number): boolean {
    for (let from = Math.max(0, start - MAX_AROUND + 1); from < start; from++) {
      for (let to = start + 1; to < end && to - from <= MAX_AROUND; to++)
        if (this.hasSpan(text, from, to) && this.reads(text, to, end)) return true;
    }
    for (let to = end + 1; to <= text.length && to - start <= MAX_AROUND + (end - start); to++) {
      for (let from = end - 1; from > start && to - from <= MAX_AROUND; from--)
        if (this.hasSpan(text, from, to) && this.reads(text, start, from)) return true;
    }
    return false;
  }

  /**
   * Whether [start, end) reads wholly as known words of two characters or more and function
   * characters.
   */
  private reads(text: string, start: number, end: number): boolean {
    if (start >= end) return true;
    if (FUNCTION_CHARACTERS.has(text[start]!) && this.reads(text, start + 1, end)) return true;
    for (let to = start + 2; to <= end && to - start <= MAX_AROUND; to++)
      if (this.hasSpan(text, start, to) && this.reads(text, to, end)) return true;
    return false;
  }

  /** Whether a known word of two characters or more ends at `end`. */
  endsAt(text: string, end: number): boolean {
    for (let from = end - 2; from >= 0 && end - from <= MAX_AROUND; from--)
      if (this.hasSpan(text, from, end)) return true;
    return false;
  }

  /**
   * How [start, split) ends a known word: as the word itself, or as the end of one that starts
   * before `start`.
   */
  private endsWord(text: string, start: number, split: number): "within" | "across" | undefined {
    for (let from = start - 1; from >= 0 && split - from <= MAX_AROUND; from--)
      if (this.hasSpan(text, from, split)) return "across";
    return split - start >= 2 && this.hasSpan(text, start, split) ? "within" : undefined;
  }

  /**
   * How [split, end) begins a known word: as the word itself, or as the start of one that ends
   * after `end`.
   */
  private beginsWord(text: string, split: number, end: number): "within" | "across" | undefined {
    for (let to = end + 1; to <= text.length && to - split <= MAX_AROUND; to++)
      if (this.hasSpan(text, split, to)) return "across";
    return end - split >= 2 && this.hasSpan(text, split, end) ? "within" : undefined;
  }

  /**
   * Whether the written span differs from the right one only by an allowed variant (GF 1001-2001)
   * around `at`.
   */
  variantAt(written: string, right: string, at: number): boolean {
    for (let length = 2; length <= 4; length++) {
      for (
        let from = Math.max(0, at - length + 1);
        from <= at && from + length <= written.length;
        from++
      ) {
        const others = this.variants.get(written.slice(from, from + length));
        if (others?.includes(right.slice(from, from + length))) return true;
      }
    }
    return false;
  }
}
