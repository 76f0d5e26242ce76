import type { FormulationEntry } from "../../content/phrases/types";
import type { FormulationDeviation } from "./types";

/** Numbers in a name: 三个自信 and 四个自信 are two names, not one miswritten. */
const NUMERAL = /[一二两三四五六七八九十百千0-9]/;

/**
 * A name in quotes this short or long is compared; shorter ones lie one character from ordinary
 * words.
 */
const MIN_NAME = 4;
const MAX_NAME = 8;

export interface NameShape {
  entry: FormulationEntry;
  name: string;
}

function oneApart(a: string, b: string): number {
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at !== -1) return -1;
    at = i;
  }
  return at;
}

/**
 * Short names in quotes written with one character changed: “两个确定” for “两个确立”. Only the
 * quoted form is read (a name stands in quotes), a known name or wording is never changed, and a
 * quote one character from two names is left alone.
 */
export class NameComparison {
  private readonly byLength = new Map<number, NameShape[]>();
  /** Known names and wordings of a length compared: a quote of another length is never asked. */
  private readonly known: ReadonlySet<string>;

  constructor(shapes: readonly NameShape[], known: Iterable<string>) {
    this.known = new Set(
      [...known].filter((name) => name.length >= MIN_NAME && name.length <= MAX_NAME)
    );
    for (const shape of shapes) {
      const n = shape.name.length;
      if (n < MIN_NAME || n > MAX_NAME || /[“”《》（）]/.test(shape.name)) continue;
      const list = this.byLength.get(n) ?? [];
      list.push(shape);
      this.byLength.set(n, list);
    }
  }

  find(paragraph: string): FormulationDeviation[] {
    const found: FormulationDeviation[] = [];
    for (let open = paragraph.indexOf("“"); open !== -1; open = paragraph.indexOf("“", open + 1)) {
      const close = paragraph.indexOf("”", open + 1);
      if (close === -1) break;
      const written = paragraph.slice(open + 1, close);
      const candidates = this.byLength.get(written.length);
      if (!candidates) continue;
      const near = candidates.filter((s) => {
        const at = oneApart(written, s.name);
        return at !== -1 && !(NUMERAL.test(written[at]!) && NUMERAL.test(s.name[at]!));
      });
      // Known names are asked last: most quotes are near no name at all.
      if (near.length !== 1 || this.known.has(written)) continue;
      const { entry, name } = near[0]!;
      found.push({
        start: open + 1,
        end: close,
        fix: name,
        entry,
        kind: "phrase",
        certain: false,
        message: `“${written}”与提法名称“${name}”只差一字，应为“${name}”。`,
      });
    }
    return found;
  }
}
