import type { BlockParagraph, CommentRequest, DocSnapshot, TextEdit } from "../core/document";
import type { LayoutSpec } from "../content/layout";
import type { LayoutPlan } from "../core/layout/plan";

/** Where a block goes, as read from a snapshot just before inserting (see core/insertion). */
export interface InsertionPoint {
  /** The paragraph that holds the end of the selection; the block goes after it. */
  paragraph: number;
  /** That paragraph is empty and holds a bare cursor: the block's first paragraph fills it. */
  fill: boolean;
}

export interface InsertBlockOptions {
  at: InsertionPoint;
  /**
   * Edits to paragraphs after the insertion point, made in the same step (renumbering the
   * headings that follow). Each replaces the first occurrence of `expected` in its paragraph.
   * Indexes are those of the snapshot read just before.
   */
  edits?: TextEdit[];
  /**
   * The layout inserted paragraphs take their look from: GB/T 9704 with the fonts chosen in place
   * of missing ones (see core/layout/fonts); GB/T 9704 itself when not given.
   */
  layout?: LayoutSpec;
}

export interface InsertTextOptions {
  /** Replace the selected text. Otherwise text goes after the selection, never over it. */
  replaceSelection?: boolean;
}

/** Word comments: added on exact text, and the ones this tool added removed again. */
export interface CommentsHost {
  /** Add comments in order; one whose range no longer holds its `expected` text is skipped. */
  add(requests: readonly CommentRequest[]): Promise<{ added: number; skipped: number }>;
  /**
   * Remove every comment this tool added (by its stored ids or its author); others' stay. Returns
   * how many.
   */
  removeOwn(): Promise<number>;
}

/** What 一键排版 did. */
export interface LayoutOutcome {
  /** Paragraphs given their layout; a paragraph whose text changed since it was read is skipped. */
  formatted: number;
  skipped: number;
  /**
   * Page size, margins and the 22 × 28 grid were set; not where this Word cannot (the pane gives
   * the steps).
   */
  pageSet: boolean;
  /**
   * — 1 — page numbers were put in the footers; not when a footer holds other text or this Word
   * cannot.
   */
  pageNumbersSet: boolean;
}

/**
 * What 全部修改 did: ranges replaced, and those left because their text had changed since the read.
 */
export interface ReplaceOutcome {
  replaced: number;
  skipped: number;
}

/**
 * "The document": everything the task pane does to it goes through this interface.
 * Word implements it with Office.js; the memory host implements it for tests and the playground.
 */
export interface DocumentHost {
  /** All paragraphs and the selection, in one read. */
  read(): Promise<DocSnapshot>;
  /**
   * Insert whole paragraphs after the paragraph that holds the end of the selection.
   * An empty paragraph holding a bare cursor is filled instead of left above the block.
   * The cursor ends at the end of the inserted block.
   */
  insertBlock(paragraphs: BlockParagraph[], options: InsertBlockOptions): Promise<void>;
  /** Insert text inline at the cursor; the cursor ends after it. */
  insertText(text: string, options?: InsertTextOptions): Promise<void>;
  /** Select a whole paragraph, or a character range in it, and scroll it into view. */
  select(target: { paragraph: number; start?: number; end?: number }): Promise<void>;
  /** Replace a character range; fails without writing when the range no longer holds `expected`. */
  replace(edit: TextEdit): Promise<void>;
  /**
   * Replace several ranges of the last read at once (全部修改), in as few round trips as the host
   * allows. Ranges must not overlap; one that no longer holds its `expected` text is skipped, the
   * others made.
   */
  replaceEach(edits: readonly TextEdit[]): Promise<ReplaceOutcome>;
  /** Small per-document values (ignored findings), stored with the document. */
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
  /** Comments, where this Word has them (WordApi 1.4); absent otherwise. */
  readonly comments?: CommentsHost;
  /**
   * 一键排版: each paragraph's look by its role, then the page. Only formatting changes, never the
   * text.
   */
  applyLayout(plan: LayoutPlan): Promise<LayoutOutcome>;
}

export class HostError extends Error {
  constructor(
    message: string,
    /**
     * stale: the text changed since the read; range: no such place; outside: the cursor is not in
     * the body; unavailable: Word could not.
     */
    readonly code: "stale" | "range" | "outside" | "unavailable"
  ) {
    super(message);
    this.name = "HostError";
  }
}
