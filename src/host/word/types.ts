/**
 * What the Word host and its helpers share: how they run a batch, where they keep settings, and
 * header and footer reads.
 */

export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** The part of Office.Settings the host uses. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

export const HEADER_TYPES = ["Primary", "FirstPage", "EvenPages"] as const;

/**
 * Where a paragraph of a header or footer is: the section, which header or footer, and its index
 * there.
 */
export interface PartLocator {
  section: number;
  kind: "header" | "footer";
  type: (typeof HEADER_TYPES)[number];
  index: number;
}

export interface PartRead {
  locator: Omit<PartLocator, "index">;
  paragraphs: Word.ParagraphCollection;
}
