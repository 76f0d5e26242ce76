/** How long a name made from a selection may be. */
export const NAME_LENGTH = 16;
/** A name shorter than this says too little: the cut is looked for further on. */
const NAME_MIN = 4;
/** Known words longer than this are not looked for. */
const WORD_MAX = 20;
/** A cut past the limit is looked for this far at most (names are stored up to 100 characters). */
const SEARCH_MAX = 60;

/** Words a name never ends on: they lead on to what follows (关于…, 按照…, 牢牢…). */
const LEADING_ON = new Set(
  "关于 对于 按照 根据 通过 以及 并且 而且 为了 由于 随着 围绕 依照 进一步 不断 持续 始终 切实 牢牢 坚决 认真 扎实 深入 严格".split(
    " "
  )
);

const PUNCTUATION = /[，。；、：！？,.;:!? ]/;
const PAIRS: Record<string, string> = { "“": "”", "《": "》", "（": "）", "(": ")", "‘": "’" };

/** Where words end in Chinese text, by Intl.Segmenter where the runtime has it; none where not. */
function segmenterEnds(text: string): Set<number> {
  if (typeof Intl === "undefined" || !("Segmenter" in Intl)) return new Set();
  const segments = new Intl.Segmenter("zh", { granularity: "word" }).segment(text);
  return new Set([...segments].map((s) => s.index + s.segment.length));
}

/**
 * The places a name may end: not inside a known word (the segmenter splits 习近平 and 高质量), nor
 * inside quotation marks or brackets; `ends` are word ends, by the segmenter and by the known
 * words.
 */
function cuts(text: string, isWord: (word: string) => boolean) {
  const inside = new Set<number>();
  const ends = segmenterEnds(text);
  for (let from = 0; from < text.length; from++) {
    for (let length = 2; length <= WORD_MAX && from + length <= text.length; length++) {
      if (!isWord(text.slice(from, from + length))) continue;
      for (let p = from + 1; p < from + length; p++) inside.add(p);
      ends.add(from);
      ends.add(from + length);
    }
  }
  const open: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open.length > 0 && c === PAIRS[open.at(-1)!]) open.pop();
    else if (PAIRS[c]) open.push(c);
    // A cut before the next character is inside a pair while one is open after this one.
    if (open.length > 0) inside.add(i + 1);
  }
  const free = (p: number) => p > 0 && p <= text.length && !inside.has(p);
  const punctuation = (p: number) => free(p) && PUNCTUATION.test(text[p] ?? "");
  const wordEnd = (p: number) =>
    free(p) && (p === text.length || ends.has(p) || PUNCTUATION.test(text[p]!));
  /** A word end after a word of two characters or more that does not lead on to what follows. */
  const goodEnd = (p: number) =>
    wordEnd(p) &&
    !wordEnd(p - 1) &&
    ![2, 3].some((n) => LEADING_ON.has(text.slice(p - n, p)) && wordEnd(p - n));
  return { punctuation, goodEnd, wordEnd };
}

/**
 * A name for a phrase made from selected text: the text itself when short; else its start up to the
 * last punctuation mark within the limit, or else the last whole word (by the segmenter and by
 * `isWord`, the project's word lists). Never mid-word: with no such place within the limit, the
 * name runs on to the first one after it.
 */
export function suggestName(
  text: string,
  isWord: (word: string) => boolean = () => false,
  max = NAME_LENGTH
): string {
  const clean = text.trim().replace(/\s+/g, " ");
  if (clean.length <= max) return clean;
  // The text's end is a word end only when it is the end of the whole text.
  const head =
    clean.length <= SEARCH_MAX + WORD_MAX ? clean : clean.slice(0, SEARCH_MAX + WORD_MAX);
  const { punctuation, goodEnd, wordEnd } = cuts(head, isWord);
  const last = (ok: (p: number) => boolean) => {
    for (let p = max; p >= NAME_MIN; p--) if (ok(p)) return p;
    return undefined;
  };
  const next = (ok: (p: number) => boolean) => {
    for (let p = max + 1; p <= Math.min(SEARCH_MAX, head.length); p++) if (ok(p)) return p;
    return undefined;
  };
  // A cut that keeps less than half the limit gives way to a whole word a little past it.
  const within = last(punctuation) ?? last(goodEnd);
  const past = next(goodEnd);
  const at =
    (within !== undefined && within >= max / 2 ? within : undefined) ??
    (past !== undefined && past <= max * 1.5 ? past : undefined) ??
    within ??
    past ??
    last(wordEnd) ??
    next(wordEnd) ??
    max;
  return clean.slice(0, at).replace(/[，。；、：！？,.;:!? ]+$/, "");
}
