import { COMMENT_AUTHOR } from "../../core/check/ownComments";
import type {
  BlockParagraph,
  CommentRequest,
  DocSnapshot,
  ParagraphFormat,
  TextEdit,
  TextRange,
} from "../../core/document";
import { isCollapsed } from "../../core/document";
import { appliedFormat, appliedPage } from "../../core/layout/applied";
import type { LayoutPlan } from "../../core/layout/plan";
import type {
  CommentsHost,
  DocumentHost,
  InsertBlockOptions,
  InsertTextOptions,
  LayoutOutcome,
  ReplaceOutcome,
} from "../DocumentHost";
import { HostError } from "../DocumentHost";
import { MemoryDocument } from "./MemoryDocument";

/**
 * The document host over a MemoryDocument: same behaviour as Word, for tests and the playground.
 */
export class MemoryHost implements DocumentHost {
  private readonly settings = new Map<string, string>();

  constructor(readonly document: MemoryDocument = new MemoryDocument()) {}

  /** Comments as Word keeps them; the tool's are recognised by their author. */
  readonly comments: CommentsHost = {
    add: async (requests: readonly CommentRequest[]) => {
      this.document.flushInput();
      const current = requests.filter((request) => this.holdsExpected(request));
      if (current.length > 0) {
        this.document.asOneStep(() => {
          for (const { paragraph, start, end, text } of current)
            this.document.addComment({ author: COMMENT_AUTHOR, paragraph, start, end, text });
        });
      }
      return { added: current.length, skipped: requests.length - current.length };
    },
    removeOwn: async () => this.document.removeComments((c) => c.author === COMMENT_AUTHOR),
  };

  /**
   * 一键排版 as Word does it with every requirement set: paragraphs whose text still matches, then
   * the page.
   */
  async applyLayout(plan: LayoutPlan): Promise<LayoutOutcome> {
    this.document.flushInput();
    const formats = new Map<number, ParagraphFormat>();
    for (const step of plan.steps) {
      if (
        step.paragraph >= this.document.paragraphCount ||
        this.document.paragraph(step.paragraph).text !== step.expected
      )
        continue;
      formats.set(
        step.paragraph,
        appliedFormat(step, plan.page, this.document.paragraph(step.paragraph).format)
      );
    }
    this.document.setLayout(formats, appliedPage(plan.page));
    return {
      formatted: formats.size,
      skipped: plan.steps.length - formats.size,
      pageSet: true,
      pageNumbersSet: true,
    };
  }

  async read(): Promise<DocSnapshot> {
    this.document.flushInput();
    return this.document.snapshot();
  }

  async insertBlock(paragraphs: BlockParagraph[], options: InsertBlockOptions): Promise<void> {
    this.document.flushInput();
    if (paragraphs.length === 0) return;
    const { selection } = this.document.snapshot();
    const anchor = selection.end.paragraph;
    if (anchor !== options.at.paragraph)
      throw new HostError("The cursor moved since the document was read", "stale");
    const edits = [...(options.edits ?? [])].sort(
      (a, b) => b.paragraph - a.paragraph || b.start - a.start
    );
    for (const edit of edits) {
      if (edit.paragraph <= anchor)
        throw new HostError("Edits must follow the insertion point", "range");
      this.checkExpected(edit);
      if (this.document.paragraph(edit.paragraph).text.indexOf(edit.expected) !== edit.start) {
        throw new HostError("An edit must replace the first occurrence of its text", "range");
      }
    }
    const fill =
      options.at.fill && isCollapsed(selection) && this.document.paragraph(anchor).text === "";
    // One undo step, as in Word: the renumbering and the block.
    this.document.asOneStep(() => {
      if (edits.length > 0) this.document.replaceRanges(edits);
      this.document.insertParagraphs(
        anchor,
        paragraphs.map((p) => ({ text: p.text, level: p.level, inTable: false, inList: false })),
        fill
      );
    });
  }

  async insertText(text: string, options: InsertTextOptions = {}): Promise<void> {
    this.document.flushInput();
    if (!options.replaceSelection) this.document.collapseTo(this.document.selection().end);
    this.document.replaceSelection(text);
  }

  async select(target: { paragraph: number; start?: number; end?: number }): Promise<void> {
    this.document.flushInput();
    const length = this.paragraphLength(target.paragraph);
    const start = target.start ?? 0;
    const end = target.end ?? length;
    if (start < 0 || end > length || start > end)
      throw new HostError("Range outside the paragraph", "range");
    this.document.setSelection(
      { paragraph: target.paragraph, offset: start },
      { paragraph: target.paragraph, offset: end }
    );
  }

  async replace(edit: TextEdit): Promise<void> {
    this.document.flushInput();
    this.checkExpected(edit);
    this.document.replaceInParagraph(edit.paragraph, edit.start, edit.end, edit.text);
  }

  async replaceEach(edits: readonly TextEdit[]): Promise<ReplaceOutcome> {
    this.document.flushInput();
    const current = edits.filter((edit) => this.holdsExpected(edit));
    if (current.length > 0) this.document.replaceRanges(current);
    return { replaced: current.length, skipped: edits.length - current.length };
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.settings.get(key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  private paragraphLength(index: number): number {
    if (index < 0 || index >= this.document.paragraphCount) {
      throw new HostError(`No paragraph ${index}`, "range");
    }
    return this.document.paragraph(index).text.length;
  }

  private holdsExpected(edit: TextRange & { expected: string }): boolean {
    if (edit.paragraph < 0 || edit.paragraph >= this.document.paragraphCount) return false;
    const text = this.document.paragraph(edit.paragraph).text;
    return edit.end <= text.length && text.slice(edit.start, edit.end) === edit.expected;
  }

  private checkExpected(edit: TextEdit): void {
    if (!this.holdsExpected(edit))
      throw new HostError("The document changed since it was read", "stale");
  }
}
