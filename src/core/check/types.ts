import type { DocumentTypeDef } from "../../content/types";
import type { LayoutSpec } from "../../content/layout";
import type { DocPart, DocParagraph, PageFormat, ReadLimits } from "../document";
import type { Outline } from "../outline";
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
  /** Where the paragraph is when not in the body: a header, footer or note. */
  part?: DocPart;
  /** What only some rules say, as LSP's `data`. */
  data?: FindingData;
}

/** A finding's rule-specific extras. */
export interface FindingData {
  /**
   * Where the right wording stands: a 提法's primary text (《中国共产党章程》), a dictionary for a
   * typo.
   */
  citation?: string;
  /** For a missing or empty section: its id in the document type. */
  section?: string;
}

/**
 * What every rule reads: the paragraphs, their outline, the document type and its sections as
 * found.
 */
export interface CheckContext {
  paragraphs: readonly DocParagraph[];
  outline: Outline;
  /** What each rule's `watch` pattern matched, by rule id, in document order. */
  sightings: ReadonlyMap<string, readonly Sighting[]>;
  type: DocumentTypeDef;
  sections: readonly SectionReport[];
  /**
   * What the host could not read (text boxes, accepted text): findings that depend on it are put
   * less firmly.
   */
  limits: ReadLimits;
  /** The layout to check formatting against, and the page as read; no layout check without it. */
  layout?: LayoutCheck;
}

export interface LayoutCheck {
  spec: LayoutSpec;
  page?: PageFormat;
}

/**
 * What a rule is about: the document's structure (sections, numbering), its wording, or its layout
 * (GB/T 9704).
 */
export type RuleKind = "structure" | "content" | "layout";

/**
 * What the writer does where a finding has no fix: fill in a blank, have a missing section added,
 * or mark a word as correct.
 */
export type RuleRemedy = "fill" | "add-section" | "allow-word";

/**
 * A form a rule's own pattern finds, with a text it matches: ties the pattern to the rule's
 * prefilter.
 */
export interface RuleForm {
  /** The source of a regular expression, one alternative of the rule's pattern. */
  pattern: string;
  example: string;
}

/**
 * What a rule says about itself, as ESLint's and textlint's rule `meta`: read by the pane and the
 * command line.
 */
export interface RuleMeta {
  title: string;
  kind: RuleKind;
  severity: Severity;
  /** Whether its findings may carry a fix. */
  fixable: boolean;
  remedy?: RuleRemedy;
  /** Its messages by id, `{{name}}` standing for a value (see `say`). */
  messages: Readonly<Record<string, string>>;
  /**
   * A cheap test of a paragraph's text: false where the rule's own patterns cannot match, and it
   * looks no further. Most Chinese paragraphs hold none of the rarer characters blanks, residue and
   * punctuation mistakes are made of.
   */
  prefilter?: (text: string) => boolean;
  /** What the rule's own patterns find, each passing `prefilter` (a test holds them together). */
  forms?: readonly RuleForm[];
  /**
   * Short patterns to be found for this rule in the pass all rules share (see watch.ts); their
   * matches arrive as `sightings`.
   */
  watch?: string;
  /**
   * The rule also reads headers, footers and notes (blanks, residue, 提法); others read the body
   * only.
   */
  parts?: boolean;
}

/** A check rule, as in textlint: an id, its `meta` and a pure function to findings. */
export interface Rule {
  id: string;
  meta: RuleMeta;
  check(context: CheckContext): Finding[];
}
