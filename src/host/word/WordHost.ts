import type { BlockParagraph, DocParagraph, DocSnapshot, TextEdit } from "../../core/document";
import { storedSettingName } from "../../core/documentSettings";
import { OWN_COMMENTS_SETTING } from "../../core/check/ownComments";
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
import { WordComments } from "./comments";
import type { WordCapabilities, WordEnvironment } from "./capabilities";
import { officeEnvironment, wordCapabilities } from "./capabilities";
import { applyFormat, levelOf } from "./format";
import { escapeSearchText, found, queueRange } from "./locate";
import { pageFormatOf, paragraphFormatOf } from "./readFormat";
import { readableText, sameWords } from "./text";
import type { PartLocator, PartRead, SettingsStore, WordRun } from "./types";
import { HEADER_TYPES } from "./types";

const PARAGRAPH_FIELDS =
  "items/text,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel,items/isListItem,items/listItemOrNullObject/listString,items/listItemOrNullObject/level," +
  "items/alignment,items/firstLineIndent,items/font/name,items/font/size,items/font/bold";
/** The East Asian typeface, readable from WordApiDesktop 1.3 on. */
const FAR_EAST_FIELD = ",items/font/nameFarEast";
const PAGE_FIELDS =
  "pageWidth,pageHeight,topMargin,bottomMargin,leftMargin,rightMargin,layoutMode,linesPage,charsLine,oddAndEvenPagesHeaderFooter";

/** The document host over Office.js (WordApi 1.3). Only this folder touches Office.js. */
export class WordHost implements DocumentHost {
  /**
   * How the last read laid out its paragraphs: the body's count, then where each header or footer
   * paragraph is.
   */
  private lastRead: { body: number; parts: PartLocator[]; revised: boolean } = {
    body: 0,
    parts: [],
    revised: false,
  };

  /** Comments need WordApi 1.4 (Word 2021, Microsoft 365, Word on the web). */
  readonly comments?: CommentsHost;

  /** What 自检 shows of this Word (loaded with 自检). */
  readonly environment = () =>
    import(/* webpackChunkName: "self-test" */ "./environment").then((m) =>
      m.wordEnvironment(this.word.supports, undefined, this.word.defines)
    );

  constructor(
    private readonly run: WordRun = (batch) => Word.run(batch),
    private readonly settings: () => SettingsStore = () => Office.context.document.settings,
    private readonly word: WordEnvironment = officeEnvironment()
  ) {
    if (this.can.comments) {
      this.comments = new WordComments(run, {
        get: () => this.getSetting(OWN_COMMENTS_SETTING),
        set: (value) => this.setSetting(OWN_COMMENTS_SETTING, value),
      });
    }
  }

  /**
   * One sync for the paragraphs with their list numbers, the selection, and the first section's
   * headers and footers. A second only when the document has deleted text under track changes (to
   * read each paragraph as accepted) or more than one section (for the other headers and footers).
   * A cursor outside the body (a header, a note, a text box, a comment) reads as such: its place is
   * not in the body's paragraphs; where Word refuses to measure it at all, the read is made again
   * without it.
   */
  /** What this Word and the loaded office.js offer; nothing else is called. */
  get can(): WordCapabilities {
    return wordCapabilities(this.word);
  }

  async read(): Promise<DocSnapshot> {
    try {
      return await this.readDocument(true);
    } catch (error) {
      if (error instanceof HostError) throw error;
      return this.readDocument(false);
    }
  }

  private readDocument(measureSelection: boolean): Promise<DocSnapshot> {
    const can = this.can;
    return this.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs.load(
        PARAGRAPH_FIELDS + (can.eastAsiaFont ? FAR_EAST_FIELD : "")
      );
      const setup = can.pageSetup
        ? context.document.sections.getFirst().pageSetup.load(PAGE_FIELDS)
        : undefined;
      const selection = context.document.getSelection().load("text");
      const place = measureSelection ? this.queueSelectionPlace(body, selection) : undefined;
      const revisions = this.queueRevisionCheck(body);
      const sections = context.document.sections.load("items");
      const parts = this.queueParts(context.document.sections.getFirst(), 0);
      await context.sync();

      const revised = revisions.revised(paragraphs);
      const reader = revised ? this.acceptedTextReader() : undefined;
      const accepted = reader ? paragraphs.items.map(reader) : undefined;
      for (let s = 1; s < sections.items.length; s++)
        parts.push(...this.queueParts(sections.items[s]!, s));
      if (accepted || sections.items.length > 1) await context.sync();

      const doc: DocParagraph[] = paragraphs.items.map((p, i) => {
        const paragraph: DocParagraph = {
          text: readableText(accepted ? accepted[i]!.value : p.text),
          level: levelOf(p.styleBuiltIn, p.outlineLevel),
          inTable: p.tableNestingLevel > 0,
          inList: p.isListItem,
          format: paragraphFormatOf(p, can.eastAsiaFont),
        };
        // Only a list paragraph's list item exists; listString is what Word shows before the text.
        if (p.isListItem && p.listItemOrNullObject.listString)
          paragraph.label = p.listItemOrNullObject.listString;
        return paragraph;
      });
      const footers = parts.filter((r) => r.locator.section === 0 && r.locator.kind === "footer");
      const locators = this.readParts(parts, doc);
      this.lastRead = {
        body: paragraphs.items.length,
        parts: locators,
        revised: accepted !== undefined,
      };
      const page = setup ? pageFormatOf(setup, footers) : undefined;
      const text = selection.text.replace(/\r/g, "\n");
      const end = doc.length === 0 ? 0 : paragraphs.items.length - 1;
      const outside = {
        start: { paragraph: end, offset: 0 },
        end: { paragraph: end, offset: 0 },
        text,
        outsideBody: true as const,
      };
      const deletedTextMayCount = revisions.unknown || (revised && !reader);
      return {
        ...(page ? { page } : {}),
        paragraphs: doc,
        selection: place?.inBody() ? { ...place.position(), text } : outside,
        limits: {
          textBoxesUnread: true,
          ...(deletedTextMayCount ? { deletedTextMayCount } : {}),
          ...(can.eastAsiaFont ? {} : { eastAsiaFontUnread: true }),
          ...(can.pageSetup ? {} : { pageUnread: true }),
        },
      };
    });
  }

  /**
   * Where the selection is, measured as the paragraphs from the top of the body through its first
   * and last paragraph. Outside the body Word has no such range: the OrNullObject form says so.
   */
  private queueSelectionPlace(body: Word.Body, selection: Word.Range) {
    const first = selection.paragraphs.getFirst();
    const last = selection.paragraphs.getLast();
    const throughFirst = body.getRange("Start").expandToOrNullObject(first.getRange("Whole"));
    const throughLast = body.getRange("Start").expandToOrNullObject(last.getRange("Whole"));
    const countFirst = throughFirst.paragraphs.load("items/isListItem");
    const countLast = throughLast.paragraphs.load("items/isListItem");
    const headOfStart = first
      .getRange("Start")
      .expandToOrNullObject(selection.getRange("Start"))
      .load("text");
    const headOfEnd = last
      .getRange("Start")
      .expandToOrNullObject(selection.getRange("End"))
      .load("text");
    return {
      inBody: () =>
        !throughFirst.isNullObject &&
        !throughLast.isNullObject &&
        !headOfStart.isNullObject &&
        !headOfEnd.isNullObject,
      position: () => ({
        start: {
          paragraph: countFirst.items.length - 1,
          offset: readableText(headOfStart.text).length,
        },
        end: { paragraph: countLast.items.length - 1, offset: readableText(headOfEnd.text).length },
      }),
    };
  }

  /**
   * Whether paragraphs' text holds tracked deletions. WordApi 1.6 lists the tracked changes; else
   * the body's reviewed text is compared, except on Mac, where reading it scrolls the document.
   * `unknown` when neither can be asked.
   */
  private queueRevisionCheck(body: Word.Body) {
    const can = this.can;
    if (can.trackedChanges) {
      const changes = body.getTrackedChanges().load("items/type");
      return {
        unknown: false,
        revised: () => changes.items.some((change) => change.type === "Deleted"),
      };
    }
    if (can.reviewedText && !can.reviewScrolls) {
      const reviewed = body.getReviewedText("Current");
      return {
        unknown: false,
        revised: (paragraphs: Word.ParagraphCollection) =>
          !sameWords(paragraphs.items.map((p) => p.text).join(""), reviewed.value),
      };
    }
    return { unknown: true, revised: () => false };
  }

  /**
   * How to read a paragraph's text with tracked deletions left out: WordApi 1.7's getText, else
   * 1.4's reviewed text (not on Mac).
   */
  private acceptedTextReader():
    ((paragraph: Word.Paragraph) => OfficeExtension.ClientResult<string>) | undefined {
    if (this.can.paragraphText)
      return (paragraph) =>
        paragraph.getText({ IncludeTextMarkedAsDeleted: false, IncludeHiddenText: true });
    if (this.can.reviewedText && !this.can.reviewScrolls)
      return (paragraph) => paragraph.getReviewedText("Current");
    return undefined;
  }

  /** Queue the loads of a section's headers and footers (no sync). */
  private queueParts(section: Word.Section, index: number): PartRead[] {
    return HEADER_TYPES.flatMap((type) => [
      {
        locator: { section: index, kind: "header" as const, type },
        paragraphs: section.getHeader(type).paragraphs.load("items/text"),
      },
      {
        locator: { section: index, kind: "footer" as const, type },
        paragraphs: section.getFooter(type).paragraphs.load("items/text,items/alignment"),
      },
    ]);
  }

  /**
   * Header and footer paragraphs with text, each header or footer once however many sections share
   * it.
   */
  private readParts(parts: PartRead[], into: DocParagraph[]): PartLocator[] {
    const locators: PartLocator[] = [];
    const seen = new Set<string>();
    for (const { locator, paragraphs } of parts) {
      const texts = paragraphs.items.map((p) => readableText(p.text));
      const key = `${locator.kind}\n${texts.join("\n")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      texts.forEach((text, index) => {
        if (text.trim() === "") return;
        into.push({ text, level: 0, inTable: false, inList: false, part: locator.kind });
        locators.push({ ...locator, index });
      });
    }
    return locators;
  }

  /** 一键排版 is loaded when first used: the pane's first screen does not wait for it. */
  async applyLayout(plan: LayoutPlan): Promise<LayoutOutcome> {
    const { WordLayout } = await import(/* webpackChunkName: "layout" */ "./layout");
    return new WordLayout(this.run, this.can).apply(plan);
  }

  /**
   * One sync: the renumbering edits, then the block after the cursor's paragraph, then the cursor.
   * All or nothing: when a heading to renumber is no longer there, Word writes none of it.
   */
  insertBlock(block: BlockParagraph[], options: InsertBlockOptions): Promise<void> {
    if (block.length === 0) return Promise.resolve();
    return this.run(async (context) => {
      const anchor = context.document.getSelection().paragraphs.getLast();
      const targets = (options.edits ?? []).map((edit) => {
        if (edit.paragraph <= options.at.paragraph)
          throw new HostError("Edits must follow the insertion point", "range");
        let paragraph = anchor;
        for (let i = options.at.paragraph; i < edit.paragraph; i++) paragraph = paragraph.getNext();
        return {
          edit,
          range: paragraph.search(escapeSearchText(edit.expected), { matchCase: true }).getFirst(),
        };
      });
      for (const { edit, range } of targets) range.insertText(edit.text, "Replace");

      let current = anchor;
      block.forEach((paragraph, i) => {
        if (i === 0 && options.at.fill) anchor.insertText(paragraph.text, "Start");
        else current = current.insertParagraph(paragraph.text, "After");
        applyFormat(current, paragraph, options.layout);
      });
      current.getRange("End").select();
      await staleWhenNotFound(context.sync());
    });
  }

  /** One sync: the text at the cursor, or after the selection unless told to replace it. */
  insertText(text: string, options: InsertTextOptions = {}): Promise<void> {
    return this.run(async (context) => {
      const selection = context.document.getSelection();
      const inserted = selection.insertText(text, options.replaceSelection ? "Replace" : "End");
      inserted.select("End");
      await context.sync();
    });
  }

  select(target: { paragraph: number; start?: number; end?: number }): Promise<void> {
    return this.run(async (context) => {
      const { paragraph, text } = await this.paragraphAt(context, target.paragraph);
      const start = target.start ?? 0;
      const end = target.end ?? text.length;
      if (start < 0 || end > text.length || start > end)
        throw new HostError("Range outside the paragraph", "range");
      const whole = start === 0 && end === text.length;
      const place = whole ? undefined : queueRange(paragraph, text, start, end);
      if (place) await context.sync();
      // Text Word cannot find (a field, a comment mark inside it): the paragraph is selected
      // instead.
      (place?.range() ?? paragraph.getRange("Content")).select();
      await context.sync();
    });
  }

  replace(edit: TextEdit): Promise<void> {
    return this.run(async (context) => {
      const { paragraph, text } = await this.paragraphAt(context, edit.paragraph);
      if (text.slice(edit.start, edit.end) !== edit.expected || edit.end > text.length) {
        throw new HostError("The document changed since it was read", "stale");
      }
      const place = queueRange(paragraph, text, edit.start, edit.end);
      await context.sync();
      found(place).insertText(edit.text, edit.start === edit.end ? "After" : "Replace");
      await context.sync();
    });
  }

  /**
   * 全部修改. In the body, three syncs whatever the number: read the paragraphs, look every edit up
   * (with the accepted text when there are revisions), write what was found. An edit whose text
   * changed since the last read, or that Word cannot find (a field or a comment mark inside it), is
   * skipped and counted; the others are made. A header or footer's edits go one by one.
   */
  async replaceEach(edits: readonly TextEdit[]): Promise<ReplaceOutcome> {
    const inPart = (edit: TextEdit) =>
      this.lastRead.body > 0 && edit.paragraph >= this.lastRead.body;
    let replaced = await this.replaceInBody(edits.filter((edit) => !inPart(edit)));
    for (const edit of edits.filter(inPart)) {
      try {
        await this.replace(edit);
        replaced++;
      } catch (error) {
        if (!(error instanceof HostError)) throw error;
      }
    }
    return { replaced, skipped: edits.length - replaced };
  }

  private replaceInBody(edits: readonly TextEdit[]): Promise<number> {
    if (edits.length === 0) return Promise.resolve(0);
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const targets = edits.flatMap((edit) => {
        const paragraph = paragraphs.items[edit.paragraph];
        return paragraph ? [{ edit, paragraph }] : [];
      });
      const reader = this.lastRead.revised ? this.acceptedTextReader() : undefined;
      const accepted = reader ? targets.map(({ paragraph }) => reader(paragraph)) : undefined;
      // Without revisions the text is known now, and every lookup goes into the same sync as the
      // accepted text would.
      const lookups = accepted
        ? undefined
        : this.queueEdits(
            targets.map((target) => ({ ...target, text: readableText(target.paragraph.text) }))
          );
      await context.sync();
      const places =
        lookups ??
        this.queueEdits(
          targets.map((target, i) => ({ ...target, text: readableText(accepted![i]!.value) }))
        );
      if (!lookups) await context.sync();
      let replaced = 0;
      for (const place of places) {
        const range = place.range();
        if (!range) continue;
        range.insertText(
          place.edit.text,
          place.edit.start === place.edit.end ? "After" : "Replace"
        );
        replaced++;
      }
      await context.sync();
      return replaced;
    });
  }

  /**
   * Queue the lookup of every edit whose text is still as read, later edits first so that no write
   * moves another's text.
   */
  private queueEdits(
    targets: ReadonlyArray<{ edit: TextEdit; paragraph: Word.Paragraph; text: string }>
  ) {
    return targets
      .filter(
        ({ edit, text }) =>
          edit.end <= text.length && text.slice(edit.start, edit.end) === edit.expected
      )
      .sort((a, b) => b.edit.paragraph - a.edit.paragraph || b.edit.start - a.edit.start)
      .map(({ edit, paragraph, text }) => ({
        edit,
        ...queueRange(paragraph, text, edit.start, edit.end),
      }));
  }

  async getSetting(key: string): Promise<string | undefined> {
    const value = this.settings().get(storedSettingName(key));
    return typeof value === "string" ? value : undefined;
  }

  setSetting(key: string, value: string): Promise<void> {
    const settings = this.settings();
    settings.set(storedSettingName(key), value);
    return new Promise((resolve, reject) =>
      settings.saveAsync((result) =>
        String(result.status) === "succeeded"
          ? resolve()
          : reject(new HostError(result.error?.message ?? "Settings not saved", "unavailable"))
      )
    );
  }

  /**
   * A paragraph by its index in the last read (body, then headers and footers), with its text as
   * that read gave it.
   */
  private async paragraphAt(
    context: Word.RequestContext,
    index: number
  ): Promise<{ paragraph: Word.Paragraph; text: string }> {
    const { body, parts, revised } = this.lastRead;
    const part = index >= body && body > 0 ? parts[index - body] : undefined;
    let paragraphs: Word.ParagraphCollection;
    let at = index;
    if (part) {
      const sections = context.document.sections;
      const section =
        part.section === 0
          ? sections.getFirst()
          : (sections.load("items"), await context.sync(), sections.items[part.section]);
      if (!section) throw new HostError(`No section ${part.section}`, "range");
      const container =
        part.kind === "header" ? section.getHeader(part.type) : section.getFooter(part.type);
      paragraphs = container.paragraphs.load("items/text");
      at = part.index;
    } else {
      paragraphs = context.document.body.paragraphs.load("items/text");
    }
    await context.sync();
    const paragraph = paragraphs.items[at];
    if (!paragraph) throw new HostError(`No paragraph ${index}`, "range");
    const reader = revised && !part ? this.acceptedTextReader() : undefined;
    if (!reader) return { paragraph, text: readableText(paragraph.text) };
    const accepted = reader(paragraph);
    await context.sync();
    return { paragraph, text: readableText(accepted.value) };
  }
}

/**
 * Word fails a whole batch when a lookup finds nothing (ItemNotFound): the text is not where the
 * last read saw it.
 */
async function staleWhenNotFound(sync: Promise<void>): Promise<void> {
  try {
    await sync;
  } catch (error) {
    if ((error as { code?: string }).code === "ItemNotFound")
      throw new HostError("Text not found", "stale");
    throw error;
  }
}
