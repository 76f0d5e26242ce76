import type { BlockParagraph, DocParagraph, DocSnapshot, TextEdit } from "../../core/document";
import { storedSettingName } from "../../core/documentSettings";
import { OWN_COMMENTS_SETTING } from "../../core/check/ownComments";
import type { LayoutPlan } from "../../core/layout/plan";
import type { CommentsHost, DocumentHost, InsertBlockOptions, InsertTextOptions, LayoutOutcome, ReplaceOutcome } from "../DocumentHost";
import { HostError } from "../DocumentHost";
import { WordComments } from "./comments";
import { applyFormat, levelOf } from "./format";
import { pageFormatOf, paragraphFormatOf } from "./readFormat";
import { escapeSearchText, MAX_SEARCH_LENGTH, occurrencesBefore } from "./search";
import { readableText, sameWords } from "./text";

export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** The part of Office.Settings the host uses. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

const PARAGRAPH_FIELDS =
  "items/text,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel,items/isListItem,items/listItemOrNullObject/listString,items/listItemOrNullObject/level," +
  "items/alignment,items/firstLineIndent,items/font/name,items/font/size,items/font/bold";
/** The East Asian typeface, readable from WordApiDesktop 1.3 on. */
const FAR_EAST_FIELD = ",items/font/nameFarEast";
const PAGE_FIELDS = "pageWidth,pageHeight,topMargin,bottomMargin,leftMargin,rightMargin,layoutMode,linesPage,charsLine,oddAndEvenPagesHeaderFooter";

/** Which requirement sets this Word offers (Office.context.requirements.isSetSupported). */
export type SupportsSet = (name: string, version: string) => boolean;

const HEADER_TYPES = ["Primary", "FirstPage", "EvenPages"] as const;

/** Where a paragraph of a header or footer is: the section, which header or footer, and its index there. */
interface PartLocator {
  section: number;
  kind: "header" | "footer";
  type: (typeof HEADER_TYPES)[number];
  index: number;
}

export interface PartRead {
  locator: Omit<PartLocator, "index">;
  paragraphs: Word.ParagraphCollection;
}

/** The document host over Office.js (WordApi 1.3). Only this folder touches Office.js. */
export class WordHost implements DocumentHost {
  /** How the last read laid out its paragraphs: the body's count, then where each header or footer paragraph is. */
  private layout: { body: number; parts: PartLocator[]; revised: boolean } = { body: 0, parts: [], revised: false };

  /** Comments need WordApi 1.4 (Word 2021, Microsoft 365, Word on the web). */
  readonly comments?: CommentsHost;

  /** What 自检 shows of this Word (loaded with 自检). */
  readonly environment = () => import(/* webpackChunkName: "self-test" */ "./environment").then((m) => m.wordEnvironment(this.supports));

  constructor(
    private readonly run: WordRun = (batch) => Word.run(batch),
    private readonly settings: () => SettingsStore = () => Office.context.document.settings,
    private readonly supports: SupportsSet = (name, version) => Office.context.requirements.isSetSupported(name, version),
  ) {
    if (supports("WordApi", "1.4")) {
      this.comments = new WordComments(run, { get: () => this.getSetting(OWN_COMMENTS_SETTING), set: (value) => this.setSetting(OWN_COMMENTS_SETTING, value) });
    }
  }

  /**
   * One sync for the paragraphs with their list numbers, the selection, and the first section's
   * headers and footers. A second only when the document has deleted text under track changes
   * (to read each paragraph as accepted) or more than one section (for the other headers and footers).
   */
  read(): Promise<DocSnapshot> {
    const desktop = this.supports("WordApiDesktop", "1.3");
    return this.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs.load(PARAGRAPH_FIELDS + (desktop ? FAR_EAST_FIELD : ""));
      const setup = desktop ? context.document.sections.getFirst().pageSetup.load(PAGE_FIELDS) : undefined;
      const selection = context.document.getSelection().load("text");
      const first = selection.paragraphs.getFirst();
      const last = selection.paragraphs.getLast();
      // Paragraphs from the top through the selection's first and last one give their indexes.
      const throughFirst = body.getRange("Start").expandTo(first.getRange("Whole")).paragraphs.load("items/isListItem");
      const throughLast = body.getRange("Start").expandTo(last.getRange("Whole")).paragraphs.load("items/isListItem");
      const headOfStart = first.getRange("Start").expandTo(selection.getRange("Start")).load("text");
      const headOfEnd = last.getRange("Start").expandTo(selection.getRange("End")).load("text");
      const reviewable = this.supports("WordApi", "1.4");
      const reviewed = reviewable ? body.getReviewedText("Current") : undefined;
      const sections = context.document.sections.load("items");
      const parts = this.queueParts(context.document.sections.getFirst(), 0);
      await context.sync();

      const revised = reviewed !== undefined && !sameWords(paragraphs.items.map((p) => p.text).join(""), reviewed.value);
      const accepted = revised ? paragraphs.items.map(this.acceptedTextReader()) : undefined;
      for (let s = 1; s < sections.items.length; s++) parts.push(...this.queueParts(sections.items[s]!, s));
      if (revised || sections.items.length > 1) await context.sync();

      const doc: DocParagraph[] = paragraphs.items.map((p, i) => {
        const paragraph: DocParagraph = {
          text: readableText(accepted ? accepted[i]!.value : p.text),
          level: levelOf(p.styleBuiltIn, p.outlineLevel),
          inTable: p.tableNestingLevel > 0,
          inList: p.isListItem,
          format: paragraphFormatOf(p, desktop),
        };
        // Only a list paragraph's list item exists; listString is what Word shows before the text.
        if (p.isListItem && p.listItemOrNullObject.listString) paragraph.label = p.listItemOrNullObject.listString;
        return paragraph;
      });
      const footers = parts.filter((r) => r.locator.section === 0 && r.locator.kind === "footer");
      const locators = this.readParts(parts, doc);
      this.layout = { body: paragraphs.items.length, parts: locators, revised };
      const page = setup ? pageFormatOf(setup, footers) : undefined;
      return {
        ...(page ? { page } : {}),
        paragraphs: doc,
        selection: {
          start: { paragraph: throughFirst.items.length - 1, offset: readableText(headOfStart.text).length },
          end: { paragraph: throughLast.items.length - 1, offset: readableText(headOfEnd.text).length },
          text: selection.text.replace(/\r/g, "\n"),
        },
        limits: { textBoxesUnread: true, ...(reviewable ? {} : { deletedTextMayCount: true }), ...(desktop ? {} : { eastAsiaFontUnread: true }) },
      };
    });
  }

  /** How to read a paragraph's text with tracked deletions left out: WordApi 1.7's getText, else 1.4's reviewed text. */
  private acceptedTextReader(): (paragraph: Word.Paragraph) => OfficeExtension.ClientResult<string> {
    return this.supports("WordApi", "1.7")
      ? (paragraph) => paragraph.getText({ IncludeTextMarkedAsDeleted: false, IncludeHiddenText: true })
      : (paragraph) => paragraph.getReviewedText("Current");
  }

  /** Queue the loads of a section's headers and footers (no sync). */
  private queueParts(section: Word.Section, index: number): PartRead[] {
    return HEADER_TYPES.flatMap((type) => [
      { locator: { section: index, kind: "header" as const, type }, paragraphs: section.getHeader(type).paragraphs.load("items/text") },
      { locator: { section: index, kind: "footer" as const, type }, paragraphs: section.getFooter(type).paragraphs.load("items/text,items/alignment") },
    ]);
  }

  /** Header and footer paragraphs with text, each header or footer once however many sections share it. */
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
    return new WordLayout(this.run, this.supports).apply(plan);
  }

  /** One sync: the renumbering edits, then the block after the cursor's paragraph, then the cursor. */
  insertBlock(block: BlockParagraph[], options: InsertBlockOptions): Promise<void> {
    if (block.length === 0) return Promise.resolve();
    return this.run(async (context) => {
      const anchor = context.document.getSelection().paragraphs.getLast();
      // Look every edit up before writing anything: a failed lookup ends the batch with nothing written.
      const targets = (options.edits ?? []).map((edit) => {
        if (edit.paragraph <= options.at.paragraph) throw new HostError("Edits must follow the insertion point", "range");
        let paragraph = anchor;
        for (let i = options.at.paragraph; i < edit.paragraph; i++) paragraph = paragraph.getNext();
        return { edit, range: this.firstMatch(paragraph, edit.expected) };
      });
      for (const { edit, range } of targets) range.insertText(edit.text, "Replace");

      let current = anchor;
      block.forEach((paragraph, i) => {
        if (i === 0 && options.at.fill) anchor.insertText(paragraph.text, "Start");
        else current = current.insertParagraph(paragraph.text, "After");
        applyFormat(current, paragraph);
      });
      current.getRange("End").select();
      await context.sync();
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
      if (start < 0 || end > text.length || start > end) throw new HostError("Range outside the paragraph", "range");
      const whole = start === 0 && end === text.length;
      const range = whole || end - start > MAX_SEARCH_LENGTH ? paragraph.getRange("Content") : await this.rangeIn(context, paragraph, text, start, end);
      range.select();
      await context.sync();
    });
  }

  replace(edit: TextEdit): Promise<void> {
    return this.run(async (context) => {
      const { paragraph, text } = await this.paragraphAt(context, edit.paragraph);
      if (text.slice(edit.start, edit.end) !== edit.expected || edit.end > text.length) {
        throw new HostError("The document changed since it was read", "stale");
      }
      const range = await this.rangeIn(context, paragraph, text, edit.start, edit.end);
      range.insertText(edit.text, edit.start === edit.end ? "After" : "Replace");
      await context.sync();
    });
  }

  /**
   * 全部修改. In the body, three syncs at most whatever the number: read the paragraphs (and their
   * accepted text when there are revisions), find the repeated texts, write. A header or footer's
   * edits go one by one. An edit whose text changed since the last read is skipped.
   */
  async replaceEach(edits: readonly TextEdit[]): Promise<ReplaceOutcome> {
    const inPart = (edit: TextEdit) => this.layout.body > 0 && edit.paragraph >= this.layout.body;
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
      const accepted = this.layout.revised ? targets.map(({ paragraph }) => this.acceptedTextReader()(paragraph)) : undefined;
      if (accepted) await context.sync();
      // Later edits first, so that no write moves the text an earlier one looks for.
      const current = targets
        .map((target, i) => ({ ...target, text: readableText(accepted ? accepted[i]!.value : target.paragraph.text) }))
        .filter(({ edit, text }) => edit.end <= text.length && text.slice(edit.start, edit.end) === edit.expected)
        .sort((a, b) => b.edit.paragraph - a.edit.paragraph || b.edit.start - a.edit.start);
      const places = current.map(({ edit, paragraph, text }) => ({ edit, ...this.queueRange(paragraph, text, edit.start, edit.end) }));
      if (places.some((place) => place.needsSync)) await context.sync();
      let replaced = 0;
      for (const place of places) {
        const range = place.range();
        if (!range) continue;
        range.insertText(place.edit.text, place.edit.start === place.edit.end ? "After" : "Replace");
        replaced++;
      }
      await context.sync();
      return replaced;
    });
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
          : reject(new HostError(result.error?.message ?? "Settings not saved", "unavailable")),
      ),
    );
  }

  /** A paragraph by its index in the last read (body, then headers and footers), with its text as that read gave it. */
  private async paragraphAt(context: Word.RequestContext, index: number): Promise<{ paragraph: Word.Paragraph; text: string }> {
    const { body, parts, revised } = this.layout;
    const part = index >= body && body > 0 ? parts[index - body] : undefined;
    let paragraphs: Word.ParagraphCollection;
    let at = index;
    if (part) {
      const sections = context.document.sections;
      const section = part.section === 0 ? sections.getFirst() : (sections.load("items"), await context.sync(), sections.items[part.section]);
      if (!section) throw new HostError(`No section ${part.section}`, "range");
      const container = part.kind === "header" ? section.getHeader(part.type) : section.getFooter(part.type);
      paragraphs = container.paragraphs.load("items/text");
      at = part.index;
    } else {
      paragraphs = context.document.body.paragraphs.load("items/text");
    }
    await context.sync();
    const paragraph = paragraphs.items[at];
    if (!paragraph) throw new HostError(`No paragraph ${index}`, "range");
    if (!revised || part) return { paragraph, text: readableText(paragraph.text) };
    const accepted = this.acceptedTextReader()(paragraph);
    await context.sync();
    return { paragraph, text: readableText(accepted.value) };
  }

  /** The range of text[start, end) in a paragraph (a point when empty); no extra sync unless it is a later occurrence. */
  private async rangeIn(context: Word.RequestContext, paragraph: Word.Paragraph, text: string, start: number, end: number): Promise<Word.Range> {
    const place = this.queueRange(paragraph, text, start, end);
    if (place.needsSync) await context.sync();
    const range = place.range();
    if (!range) throw new HostError("Text not found in the paragraph", "stale");
    return range;
  }

  /**
   * Where text[start, end) is, queued without a sync: a point, the first occurrence, or a later one
   * found by a search that the next sync loads (`needsSync`); `range()` after that sync.
   */
  private queueRange(paragraph: Word.Paragraph, text: string, start: number, end: number): { needsSync: boolean; range(): Word.Range | undefined } {
    const ready = (range: Word.Range) => ({ needsSync: false, range: () => range });
    if (start === end) return ready(this.pointIn(paragraph, text, start));
    const needle = text.slice(start, end);
    const nth = occurrencesBefore(text, needle, start);
    if (nth === 0) return ready(this.firstMatch(paragraph, needle));
    const found = paragraph.search(escapeSearchText(needle), { matchCase: true }).load("items/text");
    return { needsSync: true, range: () => found.items[nth] };
  }

  /** A collapsed range at an offset: after the text before it, or at the paragraph start. */
  private pointIn(paragraph: Word.Paragraph, text: string, offset: number): Word.Range {
    if (offset === 0) return paragraph.getRange("Start");
    const head = text.slice(Math.max(0, offset - 20), offset);
    if (text.indexOf(head) !== offset - head.length) throw new HostError("Ambiguous position", "range");
    return this.firstMatch(paragraph, head).getRange("End");
  }

  /** The first occurrence; fails inside the batch, before later writes, when it is not there. */
  private firstMatch(paragraph: Word.Paragraph, needle: string): Word.Range {
    return paragraph.search(escapeSearchText(needle), { matchCase: true }).getFirst();
  }
}
