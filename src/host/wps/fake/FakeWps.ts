/* eslint-disable @typescript-eslint/no-this-alias -- the model's getter objects need the document or range they belong to */
/**
 * A WPS 文字 application in memory, written from the documented object model (the Word/VBA model
 * that WPS's JS API follows), covering exactly what WpsHost calls. It keeps the quirks that make
 * computed offsets wrong: a table cell's end mark is one position but reads as \r\u0007, and a
 * field's code takes positions that Range.Text leaves out. It proves the host against our reading
 * of the documentation, not against WPS itself. Used by the tests and by the playground's ?host=wps.
 */
import type { DocParagraph, DocPosition } from "../../../core/document";
import type {
  WpsApplication,
  WpsCollection,
  WpsComment,
  WpsComments,
  WpsDocument,
  WpsFind,
  WpsFont,
  WpsPageSetup,
  WpsParagraph,
  WpsParagraphFormat,
  WpsRange,
  WpsSelection,
  WpsVariable,
  WpsVariables,
} from "../model";

const MIXED = 9999999;

interface FontState {
  Name: string;
  NameFarEast: string;
  NameAscii: string;
  NameOther: string;
  Size: number;
  Bold: number;
}

interface ParaState {
  OutlineLevel: number;
  Alignment: number;
  FirstLineIndent: number;
  LeftIndent: number;
  CharacterUnitFirstLineIndent: number;
  CharacterUnitLeftIndent: number;
  SpaceBefore: number;
  SpaceAfter: number;
  LineSpacingRule: number;
  LineSpacing: number;
  inTable: boolean;
  /** ListFormat: a list paragraph's type (0: none) and the number WPS shows before it. */
  listType: number;
  listString: string;
}

/** One position of the story: a character, a paragraph or cell mark, or a hidden field-code character. */
interface Char {
  ch: string;
  kind: "text" | "para" | "cell" | "code";
  font: FontState;
  /** On marks only: the paragraph's properties. */
  para?: ParaState;
}

const DEFAULT_FONT: FontState = { Name: "宋体", NameFarEast: "宋体", NameAscii: "Calibri", NameOther: "Calibri", Size: 10.5, Bold: 0 };
const defaultPara = (): ParaState => ({
  OutlineLevel: 10,
  Alignment: 3,
  FirstLineIndent: 0,
  LeftIndent: 0,
  CharacterUnitFirstLineIndent: 0,
  CharacterUnitLeftIndent: 0,
  SpaceBefore: 0,
  SpaceAfter: 0,
  LineSpacingRule: 0,
  LineSpacing: 12,
  inTable: false,
  listType: 0,
  listString: "",
});

const shown = (c: Char) => (c.kind === "text" ? c.ch : c.kind === "para" ? "\r" : c.kind === "cell" ? "\r\u0007" : "");
const isMark = (c: Char) => c.kind === "para" || c.kind === "cell";

/** A field to lay into a paragraph: its code takes positions but not text; its result reads as text. */
export interface FakeField {
  paragraph: number;
  offset: number;
  code: string;
  result: string;
}

export class FakeWpsDocument implements WpsDocument {
  chars: Char[] = [];
  private live: FakeRange[] = [];
  selection: FakeRange;
  readonly comments: Array<{ range: FakeRange; text: string; author: string; initial: string }> = [];
  readonly variables = new Map<string, string>();
  revisionCount = 0;
  readonly pageSetup: WpsPageSetup = {
    PageWidth: 595.3,
    PageHeight: 841.9,
    TopMargin: 72,
    BottomMargin: 72,
    LeftMargin: 90,
    RightMargin: 90,
    FooterDistance: 49.6,
    LayoutMode: 2,
    LinesPage: 44,
    CharsLine: 39,
    OddAndEvenPagesHeaderFooter: 0,
  };
  /** Undo steps: what the story was before each. */
  readonly undoStack: Array<{ chars: Char[]; selection: [number, number] }> = [];
  private recording = 0;
  closed = false;
  private listeners = new Set<() => void>();
  revision = 0;

  constructor(
    private readonly app: FakeWps,
    readonly Name: string,
    paragraphs: readonly DocParagraph[] = [{ text: "", level: 0, inTable: false, inList: false }],
  ) {
    this.chars = paragraphs.flatMap((p) => paragraphChars(p));
    this.selection = this.track(new FakeRange(this, 0, 0));
  }

  // —— The object model ——

  get Paragraphs(): WpsCollection<WpsParagraph> & { First: WpsParagraph } {
    const doc = this;
    const marks = () => doc.chars.filter(isMark);
    return {
      get Count() {
        return marks().length;
      },
      Item: (index: number) => {
        const mark = marks()[index - 1];
        if (!mark) throw new Error("集合所要求的成员不存在。");
        return new FakeParagraph(doc, mark);
      },
      get First() {
        return new FakeParagraph(doc, marks()[0]!);
      },
    };
  }

  get Comments(): WpsComments {
    const list = this.comments;
    const doc = this;
    return {
      get Count() {
        return list.length;
      },
      Item: (index: number) => doc.commentObject(index - 1),
      Add: (range: WpsRange, text: string) => {
        const r = range as FakeRange;
        doc.change(() => list.push({ range: doc.track(new FakeRange(doc, r.Start, r.End)), text, author: doc.app.UserName, initial: "" }));
        return doc.commentObject(list.length - 1);
      },
    };
  }

  get Revisions() {
    return { Count: this.revisionCount };
  }

  get Variables(): WpsVariables {
    const map = this.variables;
    const variable = (name: string): WpsVariable => ({
      Name: name,
      get Value() {
        return map.get(name) ?? "";
      },
      set Value(value: string) {
        map.set(name, value);
      },
      Delete: () => map.delete(name),
    });
    return {
      get Count() {
        return map.size;
      },
      Item: (index: number) => {
        const name = [...map.keys()][index - 1];
        if (name === undefined) throw new Error("集合所要求的成员不存在。");
        return variable(name);
      },
      Add: (name: string, value: string) => {
        if (map.has(name)) throw new Error("该名称已存在。");
        map.set(name, value);
        return variable(name);
      },
    };
  }

  get PageSetup(): WpsPageSetup {
    return this.pageSetup;
  }

  readonly UndoRecord = {
    StartCustomRecord: (_name: string) => {
      if (this.recording === 0) this.pushUndo();
      this.recording++;
    },
    EndCustomRecord: () => {
      this.recording = Math.max(0, this.recording - 1);
    },
  };

  Range(start: number, end: number): WpsRange {
    const length = this.chars.length;
    const s = Math.max(0, Math.min(start, length));
    return this.track(new FakeRange(this, s, Math.max(s, Math.min(end, length))));
  }

  Activate(): void {
    this.app.activate(this);
  }

  Close(_saveChanges: number): void {
    this.closed = true;
    this.app.close(this);
  }

  // —— For tests and the playground ——

  /** Each paragraph's text as it reads, without its mark. */
  texts(): string[] {
    const texts: string[] = [];
    let current = "";
    for (const c of this.chars) {
      if (isMark(c)) {
        texts.push(current);
        current = "";
      } else current += shown(c);
    }
    return texts;
  }

  /** Each paragraph's properties, by index. */
  paragraphState(index: number): ParaState & { font: FontState } {
    const mark = this.chars.filter(isMark)[index]!;
    const start = this.paragraphStart(this.chars.indexOf(mark));
    return { ...mark.para!, font: this.chars[start]!.font };
  }

  /** The position of a paragraph and offset in its text (for setting up a test's selection). */
  positionOf({ paragraph, offset }: DocPosition): number {
    let index = 0;
    let seen = 0;
    while (seen < paragraph) if (isMark(this.chars[index++]!)) seen++;
    let visible = 0;
    while (visible < offset) {
      const c = this.chars[index]!;
      if (c.kind === "text") visible++;
      index++;
    }
    // A point after hidden field code sits after the code, as a cursor does.
    while (this.chars[index]?.kind === "code" && visible === offset && offset > 0) index++;
    return index;
  }

  setSelection(start: DocPosition, end: DocPosition = start): void {
    this.selection.set(this.positionOf(start), this.positionOf(end));
  }

  /** Lay a field into a paragraph: `{code}` hidden, its result shown. */
  addField({ paragraph, offset, code, result }: FakeField): void {
    const at = this.positionOf({ paragraph, offset });
    const font = this.chars[at]?.font ?? DEFAULT_FONT;
    const hidden = (text: string): Char[] => [...text].map((ch) => ({ ch, kind: "code", font }));
    const visible = [...result].map((ch): Char => ({ ch, kind: "text", font }));
    this.chars.splice(at, 0, ...hidden(`\u0013${code}\u0014`), ...visible, ...hidden("\u0015"));
  }

  /** Put these paragraphs in place of the document's, the cursor at the start (载入示例). */
  load(paragraphs: readonly DocParagraph[]): void {
    this.change(() => this.splice(0, this.chars.length, paragraphs.flatMap((p) => paragraphChars(p))));
    this.selection.set(0, 0);
  }

  undo(): boolean {
    const last = this.undoStack.pop();
    if (!last) return false;
    this.chars = last.chars;
    this.selection.set(...last.selection);
    this.notify();
    return true;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // —— Inside the fake ——

  track(range: FakeRange): FakeRange {
    this.live.push(range);
    // Ranges live as long as the host holds them; keep the recent ones adjusting.
    if (this.live.length > 4000) this.live = this.live.slice(-2000).concat(this.selection);
    return range;
  }

  /** Every write goes through here: one undo step unless a custom record is open. */
  change(write: () => void): void {
    if (this.recording === 0) this.pushUndo();
    write();
    this.notify();
  }

  /** Replace [start, end) with chars, moving the ranges after it. */
  splice(start: number, end: number, inserted: Char[]): void {
    this.chars.splice(start, end - start, ...inserted);
    const delta = inserted.length - (end - start);
    for (const range of this.live) {
      range.shift(start, end, delta, inserted.length);
    }
    for (const comment of this.comments) comment.range.shift(start, end, delta, inserted.length);
  }

  /**
   * Text to insert, with the look of the character at `at` (or before it). \r makes a paragraph mark
   * that splits the paragraph it falls in: both halves keep its properties, its list and table included.
   */
  charsFor(text: string, at: number): Char[] {
    const near = this.chars[at - 1]?.kind === "text" ? this.chars[at - 1] : this.chars[at];
    const font = { ...(near?.font ?? DEFAULT_FONT) };
    const mark = this.chars.slice(at).find(isMark);
    return [...text.replace(/\n/g, "\r")].map((ch) =>
      ch === "\r" ? { ch, kind: "para", font, para: { ...(mark?.para ?? defaultPara()) } } : { ch, kind: "text", font },
    );
  }

  paragraphStart(index: number): number {
    let i = Math.min(index, this.chars.length) - 1;
    while (i >= 0 && !isMark(this.chars[i]!)) i--;
    return i + 1;
  }

  /** The marks of the paragraphs a range touches. */
  marksIn(start: number, end: number): Char[] {
    const marks: Char[] = [];
    for (let i = start; i < this.chars.length; i++) {
      const c = this.chars[i]!;
      if (isMark(c)) {
        marks.push(c);
        if (i >= end - 1) break;
      }
    }
    return marks;
  }

  private commentObject(index: number): WpsComment {
    const doc = this;
    const entry = this.comments[index];
    if (!entry) throw new Error("集合所要求的成员不存在。");
    return {
      get Author() {
        return entry.author;
      },
      set Author(value: string) {
        entry.author = value;
      },
      get Initial() {
        return entry.initial;
      },
      set Initial(value: string) {
        entry.initial = value;
      },
      get Range() {
        return entry.range;
      },
      get Scope() {
        return { Text: entry.text } as WpsRange;
      },
      Delete: () => doc.change(() => doc.comments.splice(doc.comments.indexOf(entry), 1)),
    };
  }

  private pushUndo(): void {
    this.undoStack.push({ chars: this.chars.map((c) => ({ ...c, font: { ...c.font }, ...(c.para ? { para: { ...c.para } } : {}) })), selection: [this.selection.Start, this.selection.End] });
  }

  notify(): void {
    this.revision++;
    for (const listener of this.listeners) listener();
  }
}

function paragraphChars(p: DocParagraph): Char[] {
  const font = { ...DEFAULT_FONT };
  const para = { ...defaultPara(), OutlineLevel: p.level > 0 ? p.level : 10, inTable: p.inTable, listType: p.inList ? 2 : 0, listString: p.label ?? "" };
  return [...[...p.text].map((ch): Char => ({ ch, kind: "text", font })), { ch: "\r", kind: p.inTable ? "cell" : "para", font, para }];
}

class FakeParagraph implements WpsParagraph {
  constructor(
    private readonly doc: FakeWpsDocument,
    private readonly mark: Char,
  ) {}

  private get index(): number {
    const index = this.doc.chars.indexOf(this.mark);
    if (index === -1) throw new Error("对象已被删除。");
    return index;
  }

  get Range(): WpsRange {
    const end = this.index + 1;
    return this.doc.Range(this.doc.paragraphStart(this.index), end);
  }

  get OutlineLevel(): number {
    return this.mark.para!.OutlineLevel;
  }

  set OutlineLevel(value: number) {
    this.doc.change(() => (this.mark.para!.OutlineLevel = value));
  }

  Next(): WpsParagraph | null {
    const next = this.doc.chars.slice(this.index + 1).find(isMark);
    return next ? new FakeParagraph(this.doc, next) : null;
  }
}

export class FakeRange implements WpsRange {
  constructor(
    private readonly doc: FakeWpsDocument,
    private start: number,
    private end: number,
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
    return chars.length > 0 ? chars : [this.doc.chars[this.start] ?? this.doc.chars[this.start - 1]!].filter(Boolean);
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
        for (const c of range.doc.chars.slice(range.start, range.end)) c.font = { ...c.font, [key]: value };
      });
    const font = {} as WpsFont;
    for (const key of Object.keys(DEFAULT_FONT) as Array<keyof FontState>) {
      Object.defineProperty(font, key, { get: () => read(key), set: (value: never) => write(key, value), enumerable: true });
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
              // Characters of indent are also points: the size of the paragraph's text times the count.
              if (key === "CharacterUnitFirstLineIndent") mark.para!.FirstLineIndent = value * mark.font.Size;
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
        if (!matchCase || wildcards || !forward || wrap !== 0) throw new Error("模拟的查找只支持区分大小写、向前、到范围末尾为止");
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
      for (const mark of this.doc.marksIn(this.start, this.end)) mark.para!.OutlineLevel = value <= -2 && value >= -10 ? -1 - value : 10;
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

  Collapse(direction: number): void {
    if (direction === 0) this.set(this.end, this.end);
    else this.set(this.start, this.start);
  }
}

/** The application: its documents, the active one and its selection. */
export class FakeWps implements WpsApplication {
  readonly Name = "WPS 文字（模拟）";
  readonly Version = "模拟对象模型";
  UserName = "张三";
  readonly documents: FakeWpsDocument[] = [];
  private active: FakeWpsDocument | null = null;
  private added = 0;
  readonly ActiveWindow = { ScrollIntoView: () => undefined };

  constructor(paragraphs?: readonly DocParagraph[]) {
    this.open(new FakeWpsDocument(this, "文字文稿1", paragraphs));
  }

  get ActiveDocument(): FakeWpsDocument | null {
    return this.active;
  }

  get Documents() {
    const app = this;
    return {
      get Count() {
        return app.documents.length;
      },
      Item: (index: number) => app.documents[index - 1]!,
      Add: () => app.open(new FakeWpsDocument(app, `文字文稿${++app.added + 1}`)),
    };
  }

  get Selection(): WpsSelection {
    const doc = this.active;
    if (!doc) throw new Error("没有活动文档");
    return { Start: doc.selection.Start, End: doc.selection.End, Range: doc.Range(doc.selection.Start, doc.selection.End) };
  }

  open(doc: FakeWpsDocument): FakeWpsDocument {
    this.documents.push(doc);
    this.active = doc;
    return doc;
  }

  activate(doc: FakeWpsDocument): void {
    this.active = doc;
  }

  close(doc: FakeWpsDocument): void {
    this.documents.splice(this.documents.indexOf(doc), 1);
    if (this.active === doc) this.active = this.documents[this.documents.length - 1] ?? null;
  }
}
