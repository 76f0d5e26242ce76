import { indexArray } from "../indexArray";
import type { TypoData } from "./data";

/** How a written character is mistaken for the right one: read the same, or looks alike. */
export type Confusion = { kind: "同音"; syllable: string } | { kind: "形近" };

/** The characters looked at: the CJK Unified Ideographs block. */
const FIRST = 0x4e00;
const LAST = 0x9fff;

/**
 * For each character of the block, a short list of numbers (its syllables, or its shape groups),
 * packed: the numbers of character c are values[starts[c - FIRST]] up to values[starts[c - FIRST +
 * 1]].
 */
export interface PackedLists {
  starts: Uint16Array | Int32Array;
  values: Uint16Array;
}

/**
 * The packed lists of some strings of characters: for each character, the numbers of the strings
 * holding it.
 */
function packLists(lists: readonly string[]): PackedLists {
  const starts = new Int32Array(LAST - FIRST + 2);
  const each = (visit: (offset: number, id: number) => void) =>
    lists.forEach((characters, id) => {
      for (let i = 0; i < characters.length; i++) {
        const code = characters.charCodeAt(i);
        if (code >= FIRST && code <= LAST) visit(code - FIRST, id);
      }
    });
  each((offset) => starts[offset + 1]!++);
  for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
  const values = new Uint16Array(starts[starts.length - 1]!);
  const next = starts.slice(0, starts.length - 1);
  each((offset, id) => (values[next[offset]!++] = id));
  return { starts: indexArray(starts), values };
}

export class CharacterLists {
  private readonly starts: Uint16Array | Int32Array;
  private readonly values: Uint16Array;

  constructor({ starts, values }: PackedLists) {
    this.starts = starts;
    this.values = values;
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

/** The confusables' tables, derived from the readings and shape groups. */
export interface ConfusableTables {
  syllables: string[];
  /** For each syllable, the characters read so. */
  sounds: string[];
  groups: readonly string[];
  readings: PackedLists;
  shapes: PackedLists;
}

export function confusableTables(
  data: Pick<TypoData, "readings" | "shapeGroups">
): ConfusableTables {
  const sounds = Object.values(data.readings);
  return {
    syllables: Object.keys(data.readings),
    sounds,
    groups: data.shapeGroups,
    readings: packLists(sounds),
    shapes: packLists(data.shapeGroups),
  };
}

/**
 * Which characters sound the same (pinyin, tones aside) and which look alike (the shape groups).
 */
export class Confusables {
  private readonly syllables: string[];
  private readonly readings: CharacterLists;
  private readonly shapes: CharacterLists;

  private readonly sounds: string[];
  private readonly groups: readonly string[];

  constructor(tables: ConfusableTables) {
    this.syllables = tables.syllables;
    this.sounds = tables.sounds;
    this.groups = tables.groups;
    this.readings = new CharacterLists(tables.readings);
    this.shapes = new CharacterLists(tables.shapes);
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
