import type { DocPosition } from "../../core/document";
import type { DocumentState } from "./MemoryDocument";
import { comparePositions, MemoryDocument } from "./MemoryDocument";

/**
 * The memory document as a person edits it by hand in the playground: typing (a run of typed
 * characters is one undo step, as in Word), Backspace, Delete and what an IME leaves.
 */
export class EditableDocument extends MemoryDocument {
  /** Where the last typed character ended: typing on from there joins that undo step. */
  private typedTo?: DocPosition;

  override replaceSelection(text: string): void {
    const typing = text.length === 1 && text !== "\n" && !this.hasSelectedText();
    super.replaceSelection(text);
    if (typing && text !== "\r") this.typedTo = { ...this.focus };
  }

  protected override beforeReplace(text: string): void {
    const typing = text.length === 1 && text !== "\n" && !this.hasSelectedText();
    if (!typing || !this.typedTo || comparePositions(this.typedTo, this.focus) !== 0) this.record();
  }

  protected override record(): boolean {
    const recorded = super.record();
    if (recorded) this.typedTo = undefined;
    return recorded;
  }

  protected override restore(state: DocumentState): void {
    this.typedTo = undefined;
    super.restore(state);
  }

  /**
   * Backspace: delete the selection, or the character before the cursor, joining paragraphs at a
   * start.
   */
  deleteBackward(): void {
    this.record();
    if (this.hasSelectedText()) return void this.deleteSelection();
    const at = this.focus;
    if (at.offset > 0) return this.deleteRange({ ...at, offset: at.offset - 1 }, at);
    if (at.paragraph > 0) this.deleteRange(this.endOf(at.paragraph - 1), at);
  }

  /**
   * Delete key: the selection, or the character after the cursor, joining with the next paragraph
   * at an end.
   */
  deleteForward(): void {
    this.record();
    if (this.hasSelectedText()) return void this.deleteSelection();
    const at = this.focus;
    if (at.offset < this.paragraph(at.paragraph).text.length) {
      return this.deleteRange(at, { ...at, offset: at.offset + 1 });
    }
    if (at.paragraph < this.paragraphs.length - 1) {
      this.deleteRange(at, { paragraph: at.paragraph + 1, offset: 0 });
    }
  }

  /** Set one paragraph's text as it stands after input the editor could not intercept (IME). */
  setParagraphText(index: number, text: string, cursorOffset: number): void {
    this.record();
    this.setText(index, text);
    this.collapseTo({ paragraph: index, offset: cursorOffset });
  }
}
