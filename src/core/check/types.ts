import type { DocumentTypeDef } from "../../content/types";
import type { LayoutSpec } from "../../content/layout";
import type { DocPart, DocParagraph, PageFormat, ReadLimits } from "../document";
import type { Outline } from "../outline";
import type { Presence } from "./presence";
import type { Sighting } from "./watch";
import type { SectionReport } from "./sections";

export type Severity = "error" | "warning" | "info";

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  paragraph: number;
  start: number;
  end: number;
  /** The exact text the finding covers. */
  text: string;
  /** A safe replacement for that text, where there is one. */
  fix?: string;
  /** For a 提法: where its canonical wording stands (《中国共产党章程》, 党的二十大报告). */
  source?: string;
  /** For a missing or empty section: its id in the document type. */
  section?: string;
  /** Where the paragraph is when not in the body: a header, footer or note. */
  part?: DocPart;
}

/** What every rule reads: the paragraphs, their outline, the document type and its sections as found. */
export interface CheckContext {
  paragraphs: readonly DocParagraph[];
  outline: Outline;
  /** Which paragraphs hold the rarer characters some rules look for. */
  presence: Presence;
  /** What each rule's `watch` pattern matched, by rule id, in document order. */
  sightings: ReadonlyMap<string, readonly Sighting[]>;
  type: DocumentTypeDef;
  sections: readonly SectionReport[];
  /** What the host could not read (text boxes, accepted text): findings that depend on it are put less firmly. */
  limits: ReadLimits;
  /** The layout to check formatting against, and the page as read; no layout check without it. */
  layout?: LayoutCheck;
}

export interface LayoutCheck {
  spec: LayoutSpec;
  page?: PageFormat;
}

/** A check rule, as in textlint: an id, a title, a severity and a pure function to findings. */
export interface Rule {
  id: string;
  title: string;
  severity: Severity;
  /** Short patterns to be found for this rule in the pass all rules share (see watch.ts); their matches arrive as `sightings`. */
  watch?: string;
  /** The rule also reads headers, footers and notes (blanks, residue, 提法); others read the body only. */
  parts?: boolean;
  check(context: CheckContext): Finding[];
}
