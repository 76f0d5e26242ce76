import type { TypoData } from "./data";

/** How a written character is mistaken for the right one: read the same, or looks alike. */
export type Confusion = { kind: "同音"; syllable: string } | { kind: "形近" };

/** Which characters sound the same (pinyin, tones aside) and which look alike (the shape groups). */
export class Confusables {
  private readonly syllables: string[] = [];
  /** A character's code → the indexes of its syllables. */
  private readonly readings = new Map<number, number[]>();
  /** A character's code → the shape groups it is in. */
  private readonly shapes = new Map<number, number[]>();

  constructor(data: Pick<TypoData, "readings" | "shapeGroups">) {
    for (const [syllable, characters] of Object.entries(data.readings)) {
      const id = this.syllables.push(syllable) - 1;
      for (let i = 0; i < characters.length; i++) push(this.readings, characters.charCodeAt(i), id);
    }
    data.shapeGroups.forEach((group, id) => {
      for (const character of group) push(this.shapes, character.charCodeAt(0), id);
    });
  }

  /** How `written` can be a slip for `right`, sound first; undefined when it cannot. */
  confusion(written: number, right: number): Confusion | undefined {
    if (written === right) return undefined;
    const shared = common(this.readings.get(written), this.readings.get(right));
    if (shared !== undefined) return { kind: "同音", syllable: this.syllables[shared]! };
    return common(this.shapes.get(written), this.shapes.get(right)) !== undefined ? { kind: "形近" } : undefined;
  }
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** The first value two short lists share. */
function common(a: readonly number[] | undefined, b: readonly number[] | undefined): number | undefined {
  if (!a || !b) return undefined;
  for (const x of a) if (b.includes(x)) return x;
  return undefined;
}
