import type {
  BlockParagraph,
  DocParagraph,
  DocPosition,
  DocSnapshot,
  TextEdit,
  TextRange,
} from "../../core/document";
import { OWN_COMMENTS_SETTING as COMMENTS_KEY } from "../../core/check/ownComments";
import { storedSettingName } from "../../core/documentSettings";
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
import type { HostEnvironment } from "../selfTest/environment";
import { WpsComments } from "./comments";
import { applyFormat, levelOf } from "./format";
import { applyWpsLayout } from "./layout";
import { ParagraphLocator, paragraphsOf } from "./locate";
import type { WpsApplication, WpsDocument, WpsParagraph, WpsRange } from "./model";
import { WPS } from "./model";
import { pageFormatOf, paragraphFormatOf } from "./readFormat";
import { paragraphText, readable } from "./text";
import { wpsEnvironment } from "./environment";

/**
 * The document host over WPS 文字's JS object model (synchronous; each call goes to WPS at once).
 * Text is located with Find and the text around it; each edit is one undo step (UndoRecord).
 * Only this folder touches the WPS object model.
 */
export class WpsHost implements DocumentHost {
  readonly comments: CommentsHost;

  constructor(
    private readonly app: WpsApplication,
    private readonly document: () => WpsDocument = () => {
      const doc = app.ActiveDocument;
      if (!doc) throw new HostError("没有打开的文档", "unavailable");
      return doc;
    }
  ) {
    this.comments = new WpsComments(
      this.document,
      (doc, name, edit) => this.step(doc, name, edit),
      {
        get: () => this.getSetting(COMMENTS_KEY),
        set: (value) => this.setSetting(COMMENTS_KEY, value),
      }
    );
  }

  /** What 自检 shows of this WPS, and a scratch document to run on. */
  readonly environment = (): HostEnvironment =>
    wpsEnvironment(this.app, (document) => new WpsHost(this.app, document));

  async read(): Promise<DocSnapshot> {
    const doc = this.document();
    const bounds: Array<{ start: number; end: number }> = [];
    const paragraphs = paragraphsOf(doc).map((p): DocParagraph => {
      const range = p.Range;
      bounds.push({ start: range.Start, end: range.End });
      const list = range.ListFormat;
      const paragraph: DocParagraph = {
        text: paragraphText(range.Text),
        level: levelOf(p.OutlineLevel),
        inTable: Boolean(range.Information(WPS.wdWithInTable)),
        inList: list.ListType !== WPS.wdListNoNumbering,
        format: paragraphFormatOf(range),
      };
      if (paragraph.inList && list.ListString) paragraph.label = list.ListString;
      return paragraph;
    });
    const selection = this.app.Selection;
    const position = (at: number): DocPosition => {
      let index = bounds.findIndex((b) => at >= b.start && at < b.end);
      if (index === -1) index = Math.max(0, bounds.length - 1);
      // The offset is the length of the text before the point, not a difference of positions.
      const start = bounds[index]?.start ?? 0;
      const offset = at <= start ? 0 : readable(doc.Range(start, at).Text).length;
      // A selection through the last paragraph's mark ends at that paragraph's end.
      return { paragraph: index, offset: Math.min(offset, paragraphs[index]?.text.length ?? 0) };
    };
    return {
      paragraphs,
      selection: {
        start: position(selection.Start),
        end: position(selection.End),
        text: readable(selection.Range.Text),
      },
      page: pageFormatOf(doc.PageSetup),
      limits: {
        textBoxesUnread: true,
        ...(doc.Revisions.Count > 0 ? { deletedTextMayCount: true } : {}),
      },
    };
  }

  async insertBlock(block: BlockParagraph[], options: InsertBlockOptions): Promise<void> {
    if (block.length === 0) return;
    const doc = this.document();
    const paragraphs = paragraphsOf(doc);
    const selection = this.app.Selection;
    const anchorIndex = this.paragraphIndexAt(paragraphs, selection.End);
    if (anchorIndex !== options.at.paragraph)
      throw new HostError("The cursor moved since the document was read", "stale");
    // Every renumbering edit is found before anything is written.
    const edits = (options.edits ?? []).map((edit) => {
      if (edit.paragraph <= anchorIndex)
        throw new HostError("Edits must follow the insertion point", "range");
      const located = this.locator(doc, paragraphs, edit.paragraph);
      if (
        located.text.indexOf(edit.expected) !== edit.start ||
        located.text.slice(edit.start, edit.end) !== edit.expected
      ) {
        throw new HostError("The document changed since it was read", "stale");
      }
      const range = located.range(edit.start, edit.end);
      if (!range) throw new HostError("Text not found in the paragraph", "stale");
      return { edit, range };
    });
    const anchor = paragraphs[anchorIndex]!;
    const fill =
      options.at.fill &&
      selection.Start === selection.End &&
      paragraphText(anchor.Range.Text) === "";
    this.step(doc, "插入", () => {
      for (const { edit, range } of edits.reverse()) range.Text = edit.text;
      let current = anchor;
      block.forEach((paragraph, i) => {
        if (i === 0 && fill) {
          new ParagraphLocator(doc, anchor).content().InsertBefore(paragraph.text);
        } else {
          current.Range.InsertParagraphAfter();
          current = current.Next()!;
          new ParagraphLocator(doc, current).content().InsertBefore(paragraph.text);
        }
        applyFormat(current.Range, paragraph, options.layout);
      });
      const end = new ParagraphLocator(doc, current).content().End;
      doc.Range(end, end).Select();
    });
  }

  async insertText(text: string, options: InsertTextOptions = {}): Promise<void> {
    const doc = this.document();
    const selection = this.app.Selection;
    const range = options.replaceSelection
      ? doc.Range(selection.Start, selection.End)
      : doc.Range(selection.End, selection.End);
    this.step(doc, "插入", () => {
      // A line of the text is a paragraph: WPS, like Word, makes one of \r.
      range.Text = text.replace(/\r?\n/g, "\r");
      doc.Range(range.End, range.End).Select();
    });
  }

  async select(target: { paragraph: number; start?: number; end?: number }): Promise<void> {
    const doc = this.document();
    const located = this.locator(doc, paragraphsOf(doc), target.paragraph);
    const start = target.start ?? 0;
    const end = target.end ?? located.text.length;
    if (start < 0 || end > located.text.length || start > end)
      throw new HostError("Range outside the paragraph", "range");
    const range = located.range(start, end);
    if (!range) throw new HostError("Text not found in the paragraph", "stale");
    range.Select();
    this.app.ActiveWindow?.ScrollIntoView(range, true);
  }

  async replace(edit: TextEdit): Promise<void> {
    const doc = this.document();
    const range = this.rangeHolding(doc, paragraphsOf(doc), edit);
    if (!range) throw new HostError("The document changed since it was read", "stale");
    this.step(doc, "修改", () => void (range.Text = edit.text));
  }

  async replaceEach(edits: readonly TextEdit[]): Promise<ReplaceOutcome> {
    const doc = this.document();
    const paragraphs = paragraphsOf(doc);
    const found = edits.flatMap((edit) => {
      const range = this.rangeHolding(doc, paragraphs, edit);
      return range ? [{ edit, range }] : [];
    });
    // Later edits first, so that no write moves the text an earlier one holds.
    found.sort((a, b) => b.edit.paragraph - a.edit.paragraph || b.edit.start - a.edit.start);
    if (found.length > 0)
      this.step(doc, "全部修改", () =>
        found.forEach(({ edit, range }) => (range.Text = edit.text))
      );
    return { replaced: found.length, skipped: edits.length - found.length };
  }

  /** Document variables (Document.Variables), saved with the document. */
  async getSetting(key: string): Promise<string | undefined> {
    return this.variable(this.document(), storedSettingName(key))?.Value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    const doc = this.document();
    const name = storedSettingName(key);
    const existing = this.variable(doc, name);
    if (existing) existing.Value = value;
    else doc.Variables.Add(name, value);
  }

  async applyLayout(plan: LayoutPlan): Promise<LayoutOutcome> {
    const doc = this.document();
    let outcome: LayoutOutcome | undefined;
    this.step(doc, "一键排版", () => (outcome = applyWpsLayout(doc, paragraphsOf(doc), plan)));
    return outcome!;
  }

  private variable(doc: WpsDocument, name: string) {
    const variables = doc.Variables;
    for (let i = 1; i <= variables.Count; i++) {
      const variable = variables.Item(i);
      if (variable.Name === name) return variable;
    }
    return undefined;
  }

  /** One undo step for everything `edit` does, closed whatever happens. */
  private step<T>(doc: WpsDocument, name: string, edit: () => T): T {
    doc.UndoRecord.StartCustomRecord(`党建写作助手：${name}`);
    try {
      return edit();
    } finally {
      doc.UndoRecord.EndCustomRecord();
    }
  }

  private paragraphIndexAt(paragraphs: readonly WpsParagraph[], at: number): number {
    const index = paragraphs.findIndex((p) => {
      const range = p.Range;
      return at >= range.Start && at < range.End;
    });
    return index === -1 ? paragraphs.length - 1 : index;
  }

  private locator(
    doc: WpsDocument,
    paragraphs: readonly WpsParagraph[],
    index: number
  ): ParagraphLocator {
    const paragraph = paragraphs[index];
    if (!paragraph) throw new HostError(`No paragraph ${index}`, "range");
    return new ParagraphLocator(doc, paragraph);
  }

  /** The range of an edit when its paragraph still holds the expected text there. */
  private rangeHolding(
    doc: WpsDocument,
    paragraphs: readonly WpsParagraph[],
    edit: TextRange & { expected: string }
  ): WpsRange | undefined {
    const paragraph = paragraphs[edit.paragraph];
    if (!paragraph) return undefined;
    const located = new ParagraphLocator(doc, paragraph);
    if (
      edit.end > located.text.length ||
      located.text.slice(edit.start, edit.end) !== edit.expected
    )
      return undefined;
    return located.range(edit.start, edit.end);
  }
}
