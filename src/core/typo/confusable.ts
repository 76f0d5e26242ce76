import type { TypoData } from "./data";

/** How a written character is mistaken for the right one: read the same, or looks alike. */
export type Confusion = { kind: "同音"; syllable: string } | { kind: "形近" };

/** The characters looked at: the CJK Unified Ideographs block. */
const FIRST = 0x4e00;
const LAST = 0x9fff;

/**
 * For each character of the block, a short list of numbers (its syllables, or its shape groups),
 * packed: the numbers of character c are values[starts[c - FIRST]] up to values[starts[c - FIRST + 1]].
 */
class CharacterLists {
  private readonly starts = new Int32Array(LAST - FIRST + 2);
  private readonly values: Uint16Array;

  constructor(lists: readonly string[]) {
    const { starts } = this;
    const each = (visit: (offset: number, id: number) => void) =>
      lists.forEach((characters, id) => {
        for (let i = 0; i < characters.length; i++) {
          const code = characters.charCodeAt(i);
          if (code >= FIRST && code <= LAST) visit(code - FIRST, id);
        }
      });
    each((offset) => starts[offset + 1]!++);
    for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
    this.values = new Uint16Array(starts[starts.length - 1]!);
    const next = starts.slice(0, starts.length - 1);
    each((offset, id) => (this.values[next[offset]!++] = id));
  }

  /** The numbers of a character. */
  of(code: number): Uint16Array {
    if (code < FIRST || code > LAST) return this.values.subarray(0, 0);
    return this.values.subarray(this.starts[code - FIRST]!, this.starts[code - FIRST + 1]!);
  }

  /** The first number two characters share, or -1. */
  common(a: number, b: number): number {
    if (a < FIRST || a > LAST || b < FIRST || b > LAST) return -1;
    const { starts, values } = this;
    for (let i = starts[a - FIRST]!, to = starts[a - FIRST + 1]!; i < to; i++) {
      for (let j = starts[b - FIRST]!, end = starts[b - FIRST + 1]!; j < end; j++)
        if (values[i] === values[j]) return values[i]!;
    }
    return -1;
  }
}

/** Which characters sound the same (pinyin, tones aside) and which look alike (the shape groups). */
export class Confusables {
  private readonly syllables: string[];
  private readonly readings: CharacterLists;
  private readonly shapes: CharacterLists;

  private readonly sounds: string[];
  private readonly groups: readonly string[];

  constructor(data: Pick<TypoData, "readings" | "shapeGroups">) {
    this.syllables = Object.keys(data.readings);
    this.sounds = Object.values(data.readings);
    this.groups = data.shapeGroups;
    this.readings = new CharacterLists(this.sounds);
    this.shapes = new CharacterLists(this.groups);
  }

  /** Every character a slip for `right` could be, with how; each once, sound first. */
  alike(right: number): Array<{ character: string; confusion: Confusion }> {
    const found = new Map<string, Confusion>();
    for (const id of this.readings.of(right))
      for (const character of this.sounds[id]!)
        if (!found.has(character))
          found.set(character, { kind: "同音", syllable: this.syllables[id]! });
    for (const id of this.shapes.of(right))
      for (const character of this.groups[id]!)
        if (!found.has(character)) found.set(character, { kind: "形近" });
    found.delete(String.fromCharCode(right));
    return [...found].map(([character, confusion]) => ({ character, confusion }));
  }

  /** How `written` can be a slip for `right`, sound first; undefined when it cannot. */
  confusion(written: number, right: number): Confusion | undefined {
    if (written === right) return undefined;
    const shared = this.readings.common(written, right);
    if (shared >= 0) return { kind: "同音", syllable: this.syllables[shared]! };
    return this.shapes.common(written, right) >= 0 ? { kind: "形近" } : undefined;
  }
}
