import type { FormulationEntry } from "../../content/phrases/types";
import { AnchorSearch } from "./anchors";
import { commonLength, editDistance } from "./distance";
import type { Deviation } from "./types";

/** A fixed wording as the comparison reads it. */
export interface PhraseShape {
  entry: FormulationEntry;
  text: string;
  /** Correct wordings near this one (its variants, other entries' wordings): where one stands, nothing is wrong. */
  shelters: readonly string[];
}

/** Phrases shorter than this are not compared: too many ordinary words lie one edit away. */
export const MIN_PHRASE = 6;

/** How many edits a wording of this length may show and still be read as that wording. */
export const allowedEdits = (length: number) => (length <= 7 ? 1 : length <= 11 ? 2 : 3);

/** The wording cut into allowed+1 pieces: any text within the allowed edits holds one of them exactly. */
function pieces(text: string): Array<{ piece: string; offset: number }> {
  const count = allowedEdits(text.length) + 1;
  const size = Math.floor(text.length / count);
  return Array.from({ length: count }, (_, i) => {
    const offset = i * size;
    return { piece: text.slice(offset, i === count - 1 ? text.length : offset + size), offset };
  });
}

interface Alignment {
  start: number;
  end: number;
  distance: number;
  /** Characters of the wording missing before and after the written text. */
  lead: number;
  trail: number;
}

/**
 * The best place for a wording in text[from, to): both ends of the written text must agree with the
 * wording on two characters, after any part missing from its front or back (新时代中国特色社会主义思想
 * lacks 习近平 at its front). So a word of the sentence is never taken for a changed character
 * (学习贯彻新时代… is not 习近平新时代… with 近平 changed to 贯彻).
 */
function align(pattern: string, text: string, from: number, to: number): Alignment | undefined {
  const m = pattern.length;
  const k = allowedEdits(m);
  let best: Alignment | undefined;
  for (let lead = 0; lead <= k; lead++) {
    for (let s = Math.max(0, from); s < to - 1; s++) {
      if (text[s] !== pattern[lead] || text[s + 1] !== pattern[lead + 1]) continue;
      for (let trail = 0; lead + trail <= k; trail++) {
        for (let e = s + 2; e <= to; e++) {
          if (text[e - 1] !== pattern[m - 1 - trail] || text[e - 2] !== pattern[m - 2 - trail]) continue;
          const inner = pattern.slice(lead, m - trail);
          const written = text.slice(s, e);
          if (Math.abs(inner.length - written.length) > k) continue;
          const distance = lead + trail + editDistance(inner, written);
          if (distance > k) continue;
          if (!best || distance < best.distance || (distance === best.distance && e - s > best.end - best.start)) best = { start: s, end: e, distance, lead, trail };
        }
      }
    }
  }
  return best;
}

function describe(shape: PhraseShape, a: Alignment, written: string): { message: string; certain: boolean } {
  const { text } = shape;
  if (a.distance === a.lead + a.trail) {
    const missing = `${text.slice(0, a.lead)}${a.lead && a.trail ? "……" : ""}${text.slice(text.length - a.trail)}`;
    return { message: `缺少“${missing}”，规范表述为“${text}”。`, certain: missing.length >= 2 };
  }
  if (written.length < text.length && commonLength(written, text) === written.length) return { message: `漏字，规范表述为“${text}”。`, certain: true };
  return { message: `“${written}”与规范表述不一致，应为“${text}”。`, certain: true };
}

/** Fixed wordings written with a character or word changed, added or left out. */
export class PhraseComparison {
  private readonly search: AnchorSearch;
  private readonly owners: Array<{ shape: number; offset: number }> = [];

  constructor(private readonly shapes: readonly PhraseShape[]) {
    const strings: string[] = [];
    shapes.forEach((shape, index) => {
      for (const { piece, offset } of pieces(shape.text)) {
        strings.push(piece);
        this.owners.push({ shape: index, offset });
      }
    });
    this.search = new AnchorSearch(strings);
  }

  find(paragraph: string): Deviation[] {
    const found: Deviation[] = [];
    const covered = new Map<number, number>();
    for (const anchor of this.search.find(paragraph)) {
      const { shape: index, offset } = this.owners[anchor.index]!;
      const shape = this.shapes[index]!;
      const { text } = shape;
      const k = allowedEdits(text.length);
      const implied = anchor.start - offset;
      if (paragraph.startsWith(text, implied)) continue;
      const from = Math.max(0, implied - k);
      if ((covered.get(index) ?? -1) > from) continue;
      const to = Math.min(paragraph.length, implied + text.length + k);
      covered.set(index, to);
      const a = align(text, paragraph, from, to);
      if (!a || a.distance === 0) continue;
      const written = paragraph.slice(a.start, a.end);
      const exactAt = paragraph.indexOf(text, Math.max(0, a.start - text.length + 1));
      if (exactAt !== -1 && exactAt < a.end) continue;
      const sheltered = shape.shelters.some((c) => {
        const at = paragraph.indexOf(c, Math.max(0, a.end - c.length));
        return at !== -1 && at <= a.start;
      });
      if (sheltered) continue;
      const { message, certain } = describe(shape, a, written);
      found.push({ start: a.start, end: a.end, fix: text, entry: shape.entry, kind: "phrase", certain, message });
    }
    return found;
  }
}
