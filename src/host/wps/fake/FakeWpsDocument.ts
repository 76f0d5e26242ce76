/* eslint-disable @typescript-eslint/no-this-alias -- the model's getter objects need the document or range they belong to */
import type { DocParagraph, DocPosition } from "../../../core/document";
import type {
  WpsCollection,
  WpsComment,
  WpsComments,
  WpsDocument,
  WpsPageSetup,
  WpsParagraph,
  WpsRange,
  WpsVariable,
  WpsVariables,
} from "../model";
import type { Char, FontState, ParaState } from "./chars";
import { DEFAULT_FONT, defaultPara, isMark, paragraphChars, shown } from "./chars";
import { FakeRange } from "./FakeRange";

/** The application that holds the document: told when it is activated or closed. */
export interface DocumentOwner {
  readonly UserName: string;
  activate(doc: FakeWpsDocument): void;
  close(doc: FakeWpsDocument): void;
}

/**
 * A field to lay into a paragraph: its code takes positions but not text; its result reads as text.
 */
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
  readonly comments: Array<{ range: FakeRange; text: string; author: string; initial: string }> =
    [];
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
    private readonly app: DocumentOwner,
    readonly Name: string,
    paragraphs: readonly DocParagraph[] = [{ text: "", level: 0, inTable: false, inList: false }]
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
        doc.change(() =>
          list.push({
            range: doc.track(new FakeRange(doc, r.Start, r.End)),
            text,
            author: doc.app.UserName,
            initial: "",
          })
        );
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
    this.change(() =>
      this.splice(
        0,
        this.chars.length,
        paragraphs.flatMap((p) => paragraphChars(p))
      )
    );
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
   * Text to insert, with the look of the character at `at` (or before it). \r makes a paragraph
   * mark that splits the paragraph it falls in: both halves keep its properties, its list and table
   * included.
   */
  charsFor(text: string, at: number): Char[] {
    const near = this.chars[at - 1]?.kind === "text" ? this.chars[at - 1] : this.chars[at];
    const font = { ...(near?.font ?? DEFAULT_FONT) };
    const mark = this.chars.slice(at).find(isMark);
    return [...text.replace(/\n/g, "\r")].map((ch) =>
      ch === "\r"
        ? { ch, kind: "para", font, para: { ...(mark?.para ?? defaultPara()) } }
        : { ch, kind: "text", font }
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
    this.undoStack.push({
      chars: this.chars.map((c) => ({
        ...c,
        font: { ...c.font },
        ...(c.para ? { para: { ...c.para } } : {}),
      })),
      selection: [this.selection.Start, this.selection.End],
    });
  }

  notify(): void {
    this.revision++;
    for (const listener of this.listeners) listener();
  }
}

class FakeParagraph implements WpsParagraph {
  constructor(
    private readonly doc: FakeWpsDocument,
    private readonly mark: Char
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

  Next(): WpsParagraph | null {
    const next = this.doc.chars.slice(this.index + 1).find(isMark);
    return next ? new FakeParagraph(this.doc, next) : null;
  }
}
