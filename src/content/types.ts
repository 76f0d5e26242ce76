/**
 * Text with blanks: `{fieldId}` stands for a field's value (see fields.ts).
 * A field left empty renders as a visible blank that the checklist finds.
 */
export type TemplateText = string;

export type FieldKind = "text" | "year" | "count" | "date";

export interface FieldDef {
  id: string;
  label: string;
  kind: FieldKind;
  /** Shown in the 模板 form; the others stay blanks for the writer to fill in the document. */
  inForm: boolean;
  /** Computed from other fields: the plan's year is the report year plus one. */
  derivedFrom?: { field: string; add: number };
}

/** A standard paragraph offered in a few alternative wordings; the first is the default. */
export type Alternatives = readonly TemplateText[];

/**
 * What sets one wording apart from the others, shown beside 写法一/二/三: its theme, and its year
 * where it has one.
 */
export interface VariantHint {
  theme: string;
  /** The year the wording belongs to, such as the year of a 学习教育 it reports. */
  year?: number;
}

/** A numbered topic inside a section: （一）heading, then its body paragraph. */
export interface TopicDef {
  id: string;
  title: TemplateText;
  /** Alternative body paragraphs; the writer picks one. */
  paragraphs: Alternatives;
  /** One per paragraph where there are several, in the same order. */
  hints?: readonly VariantHint[];
}

export type SectionKind = "title" | "addressee" | "opening" | "numbered" | "closing" | "signature";

export interface SectionDef {
  /** Stable id, part of the checker's output: main-work, problems, plans, closing … */
  id: string;
  kind: SectionKind;
  /** For numbered sections the heading after its number (主要工作); for the others, a label. */
  title: TemplateText;
  required: boolean;
  /** Heading wordings writers use for this section, for recognising it in a document. */
  headings: readonly string[];
  /** Words that open such a section when writers give it no heading of its own. */
  cues?: readonly string[];
  /**
   * Paragraph alternatives of an unnumbered section (title, opening, closing …), or a numbered
   * section's lead-in.
   */
  paragraphs?: Alternatives;
  /** One per paragraph alternative where there are several, in the same order. */
  hints?: readonly VariantHint[];
  /** Lines of the signature block, in order. */
  lines?: readonly TemplateText[];
  /** Topic ids offered by a numbered section, in order; see topics. */
  topics?: readonly string[];
  /** Topics a whole skeleton includes unless the writer changes the choice. */
  defaultTopics?: readonly string[];
}

/** One of the aspects (方面) a year's notice names for 对照检查, as its material heads it. */
export interface ThemeAspect {
  id: string;
  /** Short name, as findings name it: 政治忠诚和政治能力. */
  name: string;
  /** The heading writers give it under 对照检查情况: 在带头强化政治忠诚、提高政治能力方面. */
  heading: string;
  /**
   * Words of which one, in a heading (or, with no headings, a paragraph) of 对照检查情况, shows the
   * aspect is addressed.
   */
  words: readonly string[];
}

/**
 * A year's 主题 and aspects of 民主生活会 or 组织生活会: plain data, the part a notice from above
 * changes every year and an organisation's own file may replace.
 */
export interface MeetingTheme {
  /** The year the meeting reviews (2025年度), not the year it is held. */
  year: number;
  meeting: "民主生活会" | "组织生活会";
  theme: string;
  aspects: readonly ThemeAspect[];
  /**
   * Whether the notice asks every material to address each aspect; false where the aspects are a
   * usual set, not a notice's.
   */
  aspectsRequired: boolean;
  /** Where the 主题 and aspects were read, and what could not be verified. */
  source: string;
}

/** A topic a notice requires: covered when one of its phrases occurs in the given section. */
export interface RequiredTopicDef {
  /** As the notice names it: 树立和践行正确政绩观学习教育. */
  name: string;
  /** The section it must be written in (main-work …). */
  section: string;
  /** Wordings that count as covering it. */
  phrases: readonly string[];
}

/** Who set a type's requirements, and for which year: named by every finding they cause. */
export interface PublishedBy {
  issuer: string;
  year: number;
}

export interface DocumentTypeDef {
  /**
   * Built in: annual-summary, branch-summary, report, duty-report, democratic-life-review,
   * organizational-life-review; an organisation's own types have theirs.
   */
  id: string;
  name: string;
  description: string;
  /** Title words that identify this type of document (detection). */
  titleKeywords: readonly string[];
  /**
   * A usual upper length in 字 for the body, offered as the 字数 target (the writer may set
   * another); a habit, not a rule.
   */
  suggestedLength: number;
  sections: readonly SectionDef[];
  /** For a 对照检查材料: the year's 主题 and aspects its 对照检查情况 follows. */
  theme?: MeetingTheme;
  /** The 字数 range a notice sets for the body. */
  lengthRange?: { min?: number; max?: number };
  /** Topics a notice requires the body to mention. */
  requiredTopics?: readonly RequiredTopicDef[];
  /** Set on a type an organisation published (or varied) for a year. */
  publishedBy?: PublishedBy;
}

export type DocumentTypeId = DocumentTypeDef["id"];
