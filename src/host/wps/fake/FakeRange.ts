/* eslint-disable @typescript-eslint/no-this-alias -- the model's getter objects need the document or range they belong to */
import type { WpsFind, WpsFont, WpsParagraphFormat, WpsRange } from "../model";
import type { Char, FontState, ParaState } from "./chars";
import { DEFAULT_FONT, defaultPara, MIXED, shown } from "./chars";

/** What a range reads and changes of its document (FakeWpsDocument). */
export interface RangeDocument {
  chars: Char[];
  selection: FakeRange;
  change(write: () => void): void;
  splice(start: number, end: number, inserted: Char[]): void;
  charsFor(text: string, at: number): Char[];
  marksIn(start: number, end: number): Char[];
  notify(): void;
}

/**
 * A range of the fake story: positions that follow the edits made before and inside them, as Word's
 * do.
 */
export class FakeRange implements WpsRange {
  constructor(
    private readonly doc: RangeDocument,
    private start: number,
    private end: number
  ) {}

  get Start(): number {
    return this.start;
  }

  get End(): number {
    return this.end;
  }

  set(start: number, end: number): void {
    this.start = start;
    this.end = end;
  }

  /** Follow an edit of [from, to) that left `inserted` characters in its place. */
  shift(from: number, to: number, delta: number, inserted: number): void {
    const move = (p: number, isEnd: boolean) => {
      if (p <= from) return p;
      if (p >= to) return p + delta;
      return isEnd ? from + inserted : from;
    };
    const start = move(this.start, false);
    this.end = Math.max(start, move(this.end, true));
    this.start = start;
  }

  get Text(): string {
    return this.doc.chars.slice(this.start, this.end).map(shown).join("");
  }

  set Text(text: string) {
    this.doc.change(() => {
      const start = this.start;
      const inserted = this.doc.charsFor(text, start);
      this.doc.splice(start, this.end, inserted);
      this.set(start, start + inserted.length);
    });
  }

  private textChars(): Char[] {
    const chars = this.doc.chars.slice(this.start, this.end).filter((c) => c.kind === "text");
    return chars.length > 0
      ? chars
      : [this.doc.chars[this.start] ?? this.doc.chars[this.start - 1]!].filter(Boolean);
  }

  get Font(): WpsFont {
    const range = this;
    const read = <K extends keyof FontState>(key: K): FontState[K] | typeof MIXED | "" => {
      const values = new Set(range.textChars().map((c) => c.font[key]));
      if (values.size === 1) return [...values][0]!;
      return typeof DEFAULT_FONT[key] === "number" ? MIXED : "";
    };
    const write = <K extends keyof FontState>(key: K, value: FontState[K]) =>
      range.doc.change(() => {
        for (const c of range.doc.chars.slice(range.start, range.end))
          c.font = { ...c.font, [key]: value };
      });
    const font = {} as WpsFont;
    for (const key of Object.keys(DEFAULT_FONT) as Array<keyof FontState>) {
      Object.defineProperty(font, key, {
        get: () => read(key),
        set: (value: never) => write(key, value),
        enumerable: true,
      });
    }
    return font;
  }

  get ParagraphFormat(): WpsParagraphFormat {
    const range = this;
    const marks = () => range.doc.marksIn(range.start, range.end);
    const format = {} as WpsParagraphFormat;
    for (const key of Object.keys(defaultPara()) as Array<keyof ParaState>) {
      if (key === "inTable" || key === "listType" || key === "listString") continue;
      Object.defineProperty(format, key, {
        get: () => {
          const values = new Set(marks().map((m) => m.para![key]));
          return values.size === 1 ? [...values][0] : MIXED;
        },
        set: (value: number) =>
          range.doc.change(() => {
            for (const mark of marks()) {
              (mark.para as unknown as Record<string, number>)[key] = value;
              // Characters of indent are also points: the size of the paragraph's text times the
              // count.
              if (key === "CharacterUnitFirstLineIndent")
                mark.para!.FirstLineIndent = value * mark.font.Size;
            }
          }),
        enumerable: true,
      });
    }
    return format;
  }

  get ListFormat() {
    const marks = this.doc.marksIn(this.start, this.end);
    const mark = marks[0];
    return {
      ListString: mark?.para?.listString ?? "",
      ListType: mark?.para?.listType ?? 0,
      RemoveNumbers: () =>
        this.doc.change(() => {
          for (const m of marks) Object.assign(m.para!, { listType: 0, listString: "" });
        }),
    };
  }

  get Find(): WpsFind {
    return {
      Execute: (findText, matchCase, _w, wildcards, _s, _f, forward, wrap) => {
        if (!matchCase || wildcards || !forward || wrap !== 0)
          throw new Error("模拟的查找只支持区分大小写、向前、到范围末尾为止");
        const needle = findText.replace(/\^\^/g, "^");
        // Find looks at the text as it reads; a match maps back to the positions it spans.
        let text = "";
        const at: number[] = [];
        for (let i = this.start; i < this.end; i++) {
          for (const ch of shown(this.doc.chars[i]!)) {
            text += ch;
            at.push(i);
          }
        }
        const found = text.indexOf(needle);
        if (found === -1 || needle === "") return false;
        this.set(at[found]!, at[found + needle.length - 1]! + 1);
        return true;
      },
    };
  }

  get Style(): unknown {
    const level = this.doc.marksIn(this.start, this.end)[0]?.para?.OutlineLevel ?? 10;
    return level < 10 ? `标题 ${level}` : "正文";
  }

  set Style(value: unknown) {
    if (typeof value !== "number") throw new Error("模拟的样式只接受内置样式编号");
    this.doc.change(() => {
      for (const mark of this.doc.marksIn(this.start, this.end))
        mark.para!.OutlineLevel = value <= -2 && value >= -10 ? -1 - value : 10;
    });
  }

  Information(type: number): unknown {
    if (type !== 12) throw new Error(`模拟的 Information 只有 wdWithInTable`);
    return this.doc.marksIn(this.start, this.end)[0]?.para?.inTable ?? false;
  }

  InsertBefore(text: string): void {
    this.doc.change(() => {
      const inserted = this.doc.charsFor(text, this.start);
      const end = this.end;
      const start = this.start;
      this.doc.splice(start, start, inserted);
      this.set(start, end + inserted.length);
    });
  }

  InsertAfter(text: string): void {
    this.doc.change(() => {
      const inserted = this.doc.charsFor(text, this.end);
      const start = this.start;
      const end = this.end;
      this.doc.splice(end, end, inserted);
      this.set(start, end + inserted.length);
    });
  }

  InsertParagraphAfter(): void {
    this.InsertAfter("\r");
  }

  Select(): void {
    this.doc.selection.set(this.start, this.end);
    this.doc.notify();
  }
}
