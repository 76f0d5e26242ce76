import type {
  DocComment,
  DocParagraph,
  DocPosition,
  DocSelection,
  DocSnapshot,
  PageFormat,
  ParagraphFormat,
} from "../../core/document";
import { bodyParagraph } from "../../core/document";

type Listener = () => void;

/**
 * What undo puts back: everything but the listeners. Paragraphs are never changed in place, so a
 * shallow copy keeps a state.
 */
export interface DocumentState {
  paragraphs: DocParagraph[];
  anchor: DocPosition;
  focus: DocPosition;
  notes: DocComment[];
  pageFormat?: PageFormat;
}

/** How many steps undo goes back. */
const UNDO_STEPS = 100;

export function comparePositions(a: DocPosition, b: DocPosition): number {
  return a.paragraph - b.paragraph || a.offset - b.offset;
}

/**
 * A document held in memory: paragraphs, a selection, comments and a page setup, changed in undo
 * steps as Word changes a document. The memory host reads and writes it; the keys a person types
 * are EditableDocument's.
 */
export class MemoryDocument {
  protected paragraphs: DocParagraph[];
  protected anchor: DocPosition = { paragraph: 0, offset: 0 };
  protected focus: DocPosition = { paragraph: 0, offset: 0 };
  private readonly listeners = new Set<Listener>();
  private version = 0;
  private notes: DocComment[] = [];
  /** The page setup, once set (a document typed here has none to read). */
  private pageFormat?: PageFormat;
  private nextComment = 1;
  /** Earlier states for undo, newest last, and the states undone, for redo. */
  private readonly past: DocumentState[] = [];
  private future: DocumentState[] = [];
  /** Inside asOneStep: the edits made there are one undo step. */
  private grouping = 0;

  constructor(initial: ReadonlyArray<string | Partial<DocParagraph>> = []) {
    this.paragraphs = [];
    this.replaceAll(initial);
    this.collapseTo(this.endOf(this.paragraphs.length - 1));
  }

  /**
   * Set by a view that edits the document: copies what the person did (a selection moved by the
   * keyboard or mouse) into the model before the host reads or writes it.
   */
  inputSource?: () => void;
  private flushing = false;

  /** Take in the view's pending input, once, before a host operation. */
  flushInput(): void {
    if (this.flushing || !this.inputSource) return;
    this.flushing = true;
    try {
      this.inputSource();
    } finally {
      this.flushing = false;
    }
  }

  /** Changes on every edit; lets a view know when to redraw. */
  get revision(): number {
    return this.version;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Ctrl+Z: back one step (typing in a row is one step). Returns false when there is none. */
  undo(): boolean {
    return this.travel(this.past, this.future);
  }

  /** Ctrl+Y: forward again after an undo. */
  redo(): boolean {
    return this.travel(this.future, this.past);
  }

  /** One step from one history to the other: the state left goes on the other side. */
  private travel(from: DocumentState[], to: DocumentState[]): boolean {
    const state = from.pop();
    if (!state) return false;
    to.push(this.state());
    this.restore(state);
    return true;
  }

  /**
   * Several edits as one undo step, as a host operation is in Word (a block with its renumbering, a
   * batch of comments).
   */
  asOneStep<T>(change: () => T): T {
    this.record();
    this.grouping++;
    try {
      return change();
    } finally {
      this.grouping--;
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get paragraphCount(): number {
    return this.paragraphs.length;
  }

  paragraph(index: number): DocParagraph {
    const p = this.paragraphs[index];
    if (!p) throw new RangeError(`No paragraph ${index}`);
    return p;
  }

  snapshot(): DocSnapshot {
    return {
      paragraphs: this.paragraphs.map((p) => ({ ...p })),
      selection: this.selection(),
      ...(this.pageFormat ? { page: this.pageFormat } : {}),
    };
  }

  /** New looks for some paragraphs (their text stays) and the page setup, as one change. */
  setLayout(formats: ReadonlyMap<number, ParagraphFormat>, page: PageFormat): void {
    this.record();
    for (const [index, format] of formats)
      this.paragraphs[index] = { ...this.paragraph(index), format };
    this.pageFormat = page;
    this.changed();
  }

  selection(): DocSelection {
    const { start, end } = this.orderedSelection();
    return { start: { ...start }, end: { ...end }, text: this.textBetween(start, end) };
  }

  endOf(paragraph: number): DocPosition {
    return { paragraph, offset: this.paragraph(paragraph).text.length };
  }

  /** Place the selection; positions are clamped into the document. */
  setSelection(anchor: DocPosition, focus: DocPosition = anchor): void {
    this.anchor = this.clamp(anchor);
    this.focus = this.clamp(focus);
    this.changed();
  }

  collapseTo(position: DocPosition): void {
    this.setSelection(position, position);
  }

  /** Replace the selection with text; "\n" starts a new paragraph. The cursor ends after it. */
  replaceSelection(text: string): void {
    this.beforeReplace(text);
    const { start } = this.deleteSelection();
    const lines = text.replace(/\r\n?/g, "\n").split("\n");
    const current = this.paragraph(start.paragraph);
    const before = current.text.slice(0, start.offset);
    const after = current.text.slice(start.offset);
    if (lines.length === 1) {
      this.setText(start.paragraph, before + lines[0] + after);
      this.collapseTo({ paragraph: start.paragraph, offset: start.offset + lines[0]!.length });
      return;
    }
    const last = lines[lines.length - 1]!;
    const splitAtEnd = after.length === 0;
    this.setText(start.paragraph, before + lines[0]);
    const added = lines.slice(1).map((line, i, all) => ({
      ...bodyParagraph(i === all.length - 1 ? line + after : line),
      level: i === all.length - 1 && !splitAtEnd ? current.level : 0,
    }));
    this.paragraphs.splice(start.paragraph + 1, 0, ...added);
    this.collapseTo({ paragraph: start.paragraph + added.length, offset: last.length });
  }

  /** The comments, in document order. They keep their paragraph and offsets as added. */
  get comments(): readonly DocComment[] {
    return this.notes;
  }

  /** Add a comment on a range of one paragraph; returns its id. */
  addComment(comment: Omit<DocComment, "id">): string {
    this.record();
    const id = String(this.nextComment++);
    this.notes = [...this.notes, { ...comment, id }].sort(
      (a, b) => a.paragraph - b.paragraph || a.start - b.start
    );
    this.changed();
    return id;
  }

  /** Remove the comments `which` accepts; returns how many went. */
  removeComments(which: (comment: DocComment) => boolean): number {
    const before = this.notes.length;
    if (this.notes.some(which)) this.record();
    this.notes = this.notes.filter((c) => !which(c));
    if (this.notes.length !== before) this.changed();
    return before - this.notes.length;
  }

  /**
   * Replace the whole document, cursor at its start; its comments go with it, its page setup too
   * unless given.
   */
  replaceAll(paragraphs: ReadonlyArray<string | Partial<DocParagraph>>, page?: PageFormat): void {
    if (this.paragraphs.length > 0) this.record();
    this.notes = [];
    this.pageFormat = page;
    this.paragraphs = paragraphs.map((p) =>
      typeof p === "string" ? bodyParagraph(p) : { ...bodyParagraph(""), ...p }
    );
    if (this.paragraphs.length === 0) this.paragraphs.push(bodyParagraph(""));
    this.collapseTo({ paragraph: 0, offset: 0 });
  }

  /** Insert whole paragraphs after `index` (or in place of it, when `fill`), cursor at the end. */
  insertParagraphs(index: number, paragraphs: DocParagraph[], fill: boolean): void {
    this.record();
    this.paragraphs.splice(
      fill ? index : index + 1,
      fill ? 1 : 0,
      ...paragraphs.map((p) => ({ ...p }))
    );
    const last = (fill ? index : index + 1) + paragraphs.length - 1;
    this.collapseTo(this.endOf(last));
  }

  /** Replace characters inside one paragraph without moving the cursor except to keep it valid. */
  replaceInParagraph(index: number, start: number, end: number, text: string): void {
    this.record();
    const p = this.paragraph(index);
    this.setText(index, p.text.slice(0, start) + text + p.text.slice(end));
    const shift = (pos: DocPosition): DocPosition =>
      pos.paragraph === index && pos.offset >= end
        ? { paragraph: index, offset: pos.offset + text.length - (end - start) }
        : pos;
    this.setSelection(shift(this.anchor), shift(this.focus));
  }

  /**
   * Replace several ranges as one change; ranges must not overlap. Offsets are those before any of
   * them.
   */
  replaceRanges(
    edits: ReadonlyArray<{ paragraph: number; start: number; end: number; text: string }>
  ): void {
    this.record();
    const backwards = [...edits].sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
    for (const edit of backwards) {
      const { text } = this.paragraph(edit.paragraph);
      this.setText(edit.paragraph, text.slice(0, edit.start) + edit.text + text.slice(edit.end));
    }
    // Kept valid where a shortened paragraph held it.
    this.setSelection(this.anchor, this.focus);
  }

  /**
   * Before the selection is replaced: an undo step of its own (typing on joins one, in
   * EditableDocument).
   */
  protected beforeReplace(_text: string): void {
    this.record();
  }

  /** A paragraph's new text as a new object: states kept for undo still hold the old one. */
  protected setText(index: number, text: string): void {
    this.paragraphs[index] = { ...this.paragraph(index), text };
  }

  private state(): DocumentState {
    return {
      paragraphs: [...this.paragraphs],
      anchor: this.anchor,
      focus: this.focus,
      notes: this.notes,
      ...(this.pageFormat ? { pageFormat: this.pageFormat } : {}),
    };
  }

  /**
   * Keep the state before an edit for undo; a new edit ends what redo could bring back. False
   * inside asOneStep.
   */
  protected record(): boolean {
    if (this.grouping > 0) return false;
    this.past.push(this.state());
    if (this.past.length > UNDO_STEPS) this.past.shift();
    this.future = [];
    return true;
  }

  protected restore(state: DocumentState): void {
    this.paragraphs = [...state.paragraphs];
    this.anchor = state.anchor;
    this.focus = state.focus;
    this.notes = state.notes;
    this.pageFormat = state.pageFormat;
    this.changed();
  }

  protected hasSelectedText(): boolean {
    return comparePositions(this.anchor, this.focus) !== 0;
  }

  private orderedSelection(): { start: DocPosition; end: DocPosition } {
    return comparePositions(this.anchor, this.focus) <= 0
      ? { start: this.anchor, end: this.focus }
      : { start: this.focus, end: this.anchor };
  }

  protected deleteSelection(): { start: DocPosition } {
    const { start, end } = this.orderedSelection();
    this.deleteRange(start, end);
    return { start };
  }

  protected deleteRange(start: DocPosition, end: DocPosition): void {
    const first = this.paragraph(start.paragraph);
    const last = this.paragraph(end.paragraph);
    this.setText(start.paragraph, first.text.slice(0, start.offset) + last.text.slice(end.offset));
    this.paragraphs.splice(start.paragraph + 1, end.paragraph - start.paragraph);
    this.collapseTo(start);
  }

  private textBetween(start: DocPosition, end: DocPosition): string {
    if (start.paragraph === end.paragraph) {
      return this.paragraph(start.paragraph).text.slice(start.offset, end.offset);
    }
    const parts = [this.paragraph(start.paragraph).text.slice(start.offset)];
    for (let i = start.paragraph + 1; i < end.paragraph; i++) parts.push(this.paragraph(i).text);
    parts.push(this.paragraph(end.paragraph).text.slice(0, end.offset));
    return parts.join("\n");
  }

  private clamp(position: DocPosition): DocPosition {
    const paragraph = Math.min(Math.max(0, position.paragraph), this.paragraphs.length - 1);
    const length = this.paragraph(paragraph).text.length;
    return { paragraph, offset: Math.min(Math.max(0, position.offset), length) };
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
