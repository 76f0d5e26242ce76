/**
 * The part of WPS 文字's JS object model (the Word/VBA model, synchronous) that the WPS host uses,
 * typed by us from the documented model: every member here is one the host calls and the fake
 * (fake/FakeWps.ts) implements. Collections are 1-based, as in VBA.
 */

/** VBA constants the host passes, by their documented values. */
export const WPS = {
  /** Range.Information: whether the range is in a table. */
  wdWithInTable: 12,
  /** Paragraph.OutlineLevel of body text. */
  wdOutlineLevelBodyText: 10,
  /** Built-in styles: Normal, then Heading 1 to 4. */
  wdStyleNormal: -1,
  wdStyleHeading1: -2,
  /** ListFormat.ListType of a paragraph without a list number. */
  wdListNoNumbering: 0,
  /** ParagraphFormat.LineSpacingRule. */
  wdLineSpaceSingle: 0,
  wdLineSpaceAtLeast: 3,
  wdLineSpaceExactly: 4,
  wdLineSpaceMultiple: 5,
  /** ParagraphFormat.Alignment. */
  wdAlignParagraphLeft: 0,
  wdAlignParagraphCenter: 1,
  wdAlignParagraphRight: 2,
  wdAlignParagraphJustify: 3,
  wdAlignParagraphDistribute: 4,
  /** PageSetup.LayoutMode. */
  wdLayoutModeDefault: 0,
  wdLayoutModeGrid: 1,
  wdLayoutModeLineGrid: 2,
  /** Document.Close: leave the document unsaved. */
  wdDoNotSaveChanges: 0,
} as const;

export interface WpsFont {
  Name: string;
  NameFarEast: string;
  NameAscii: string;
  NameOther: string;
  /** Points; 9999999 (wdUndefined) where mixed. */
  Size: number;
  /** -1 true, 0 false, 9999999 mixed (VBA's tri-state); some builds give booleans. */
  Bold: number | boolean;
}

export interface WpsParagraphFormat {
  Alignment: number;
  FirstLineIndent: number;
  LeftIndent: number;
  /** First-line indent in characters (中文版式: 首行缩进 2 字符). */
  CharacterUnitFirstLineIndent: number;
  CharacterUnitLeftIndent: number;
  SpaceBefore: number;
  SpaceAfter: number;
  LineSpacingRule: number;
  LineSpacing: number;
  OutlineLevel: number;
}

export interface WpsFind {
  /**
   * Find the text inside the range; on success the range becomes the match. The arguments are
   * VBA's, by position: FindText, MatchCase, MatchWholeWord, MatchWildcards, MatchSoundsLike,
   * MatchAllWordForms, Forward, Wrap (0: stop at the range's end).
   */
  Execute(
    findText: string,
    matchCase: boolean,
    matchWholeWord: boolean,
    matchWildcards: boolean,
    matchSoundsLike: boolean,
    matchAllWordForms: boolean,
    forward: boolean,
    wrap: number
  ): boolean;
}

export interface WpsRange {
  /**
   * The text; a paragraph's ends with \r, a table cell's last paragraph with \r\u0007; field codes
   * are left out.
   */
  Text: string;
  readonly Start: number;
  readonly End: number;
  readonly Font: WpsFont;
  readonly ParagraphFormat: WpsParagraphFormat;
  readonly ListFormat: {
    readonly ListString: string;
    readonly ListType: number;
    /** Take the paragraphs out of their list (their automatic numbers go). */
    RemoveNumbers(): void;
  };
  readonly Find: WpsFind;
  /** Built-in style by its WdBuiltinStyle number when set. */
  Style: unknown;
  Information(type: number): unknown;
  InsertBefore(text: string): void;
  InsertParagraphAfter(): void;
  Select(): void;
}

export interface WpsParagraph {
  readonly Range: WpsRange;
  readonly OutlineLevel: number;
  /** The paragraph after this one; null (Nothing) after the last. */
  Next(): WpsParagraph | null;
}

export interface WpsCollection<T> {
  readonly Count: number;
  Item(index: number): T;
}

export interface WpsComment {
  Author: string;
  Initial: string;
  readonly Range: WpsRange;
  /** The comment's own text. */
  readonly Scope: WpsRange;
  Delete(): void;
}

export interface WpsComments extends WpsCollection<WpsComment> {
  Add(range: WpsRange, text: string): WpsComment;
}

export interface WpsVariable {
  readonly Name: string;
  Value: string;
}

export interface WpsVariables extends WpsCollection<WpsVariable> {
  Add(name: string, value: string): WpsVariable;
}

export interface WpsPageSetup {
  PageWidth: number;
  PageHeight: number;
  TopMargin: number;
  BottomMargin: number;
  LeftMargin: number;
  RightMargin: number;
  FooterDistance: number;
  LayoutMode: number;
  LinesPage: number;
  CharsLine: number;
  OddAndEvenPagesHeaderFooter: number | boolean;
}

export interface WpsUndoRecord {
  StartCustomRecord(name: string): void;
  EndCustomRecord(): void;
}

export interface WpsDocument {
  readonly Name: string;
  readonly Paragraphs: WpsCollection<WpsParagraph> & { readonly First: WpsParagraph };
  readonly Comments: WpsComments;
  readonly Revisions: { readonly Count: number };
  readonly Variables: WpsVariables;
  readonly PageSetup: WpsPageSetup;
  readonly UndoRecord: WpsUndoRecord;
  Range(start: number, end: number): WpsRange;
  Activate(): void;
  Close(saveChanges: number): void;
}

export interface WpsSelection {
  readonly Start: number;
  readonly End: number;
  readonly Range: WpsRange;
}

export interface WpsApplication {
  readonly Name: string;
  readonly Version: string;
  readonly Build?: string;
  readonly ActiveDocument: WpsDocument | null;
  readonly Documents: WpsCollection<WpsDocument> & { Add(): WpsDocument };
  readonly Selection: WpsSelection;
  /** The window of the active document; ScrollIntoView shows a range. */
  readonly ActiveWindow?: { ScrollIntoView(range: WpsRange, start?: boolean): void } | null;
}

/** The global `wps` object of a WPS 加载项 page. */
export interface WpsGlobal {
  WpsApplication(): WpsApplication;
  CreateTaskPane(
    url: string,
    title?: string
  ): { Visible: boolean; readonly ID: string; DockPosition?: number };
  GetTaskPane(id: string): { Visible: boolean } | null | undefined;
  PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
}
