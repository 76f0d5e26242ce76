/**
 * What this Word can do for the pane. A member is used only when the host supports its requirement
 * set and the loaded office.js defines it: a self-hosted office.js can be older than the Word that
 * runs it, and isSetSupported answers for the host alone.
 */

/** Which requirement sets this Word offers (Office.context.requirements.isSetSupported). */
export type SupportsSet = (name: string, version: string) => boolean;

/** Whether the loaded office.js defines a member of a Word class (a property or a method). */
export type DefinesMember = (className: string, member: string) => boolean;

/** The Word the pane runs in: its requirement sets, the library's members, and its platform. */
export interface WordEnvironment {
  supports: SupportsSet;
  defines: DefinesMember;
  /** Office.context.platform: "PC", "Mac", "OfficeOnline", … */
  platform?: string;
}

export interface WordCapabilities {
  /** Range.insertComment, Body.getComments (WordApi 1.4). */
  comments: boolean;
  /**
   * Body and Paragraph getReviewedText (WordApi 1.4): text as it reads with tracked changes
   * accepted.
   */
  reviewedText: boolean;
  /** Paragraph.getText with IncludeTextMarkedAsDeleted (WordApi 1.7). */
  paragraphText: boolean;
  /** Body.getTrackedChanges (WordApi 1.6): whether the document has tracked deletions at all. */
  trackedChanges: boolean;
  /** Font.nameFarEast, nameAscii and nameOther (WordApiDesktop 1.3). */
  eastAsiaFont: boolean;
  /** Section.pageSetup with the document grid (WordApiDesktop 1.3). */
  pageSetup: boolean;
  /** Range.insertField for page numbers (WordApi 1.5). */
  pageField: boolean;
  /** getReviewedText scrolls the document to the changes here (Word on Mac, office-js #3691). */
  reviewScrolls: boolean;
}

/** Members of Word's classes as the loaded office.js defines them on their prototypes. */
export const libraryDefines: DefinesMember = (className, member) => {
  const word = (globalThis as { Word?: Record<string, { prototype?: object } | undefined> }).Word;
  const prototype = word?.[className]?.prototype;
  return prototype !== undefined && member in prototype;
};

/** The environment office.js describes, for the live pane. */
export function officeEnvironment(): WordEnvironment {
  return {
    supports: (name, version) => Office.context.requirements.isSetSupported(name, version),
    defines: libraryDefines,
    platform: String(Office.context.platform ?? ""),
  };
}

type Member = readonly [className: string, member: string];

/** Each capability: the requirement set Word must support and the members office.js must define. */
export const CAPABILITY_MEMBERS: Readonly<
  Record<
    Exclude<keyof WordCapabilities, "reviewScrolls">,
    { set: string; version: string; members: readonly Member[] }
  >
> = {
  comments: {
    set: "WordApi",
    version: "1.4",
    members: [
      ["Range", "insertComment"],
      ["Body", "getComments"],
      ["Comment", "delete"],
    ],
  },
  reviewedText: {
    set: "WordApi",
    version: "1.4",
    members: [
      ["Body", "getReviewedText"],
      ["Paragraph", "getReviewedText"],
    ],
  },
  paragraphText: { set: "WordApi", version: "1.7", members: [["Paragraph", "getText"]] },
  trackedChanges: { set: "WordApi", version: "1.6", members: [["Body", "getTrackedChanges"]] },
  eastAsiaFont: {
    set: "WordApiDesktop",
    version: "1.3",
    members: [
      ["Font", "nameFarEast"],
      ["Font", "nameAscii"],
      ["Font", "nameOther"],
    ],
  },
  pageSetup: { set: "WordApiDesktop", version: "1.3", members: [["Section", "pageSetup"]] },
  pageField: { set: "WordApi", version: "1.5", members: [["Range", "insertField"]] },
};

/**
 * Members the host uses wherever it runs (WordApi 1.3): the office.js it ships must define every
 * one.
 */
export const BASELINE_MEMBERS: readonly Member[] = [
  ["Document", "body"],
  ["Document", "sections"],
  ["Document", "getSelection"],
  ["Body", "paragraphs"],
  ["Body", "getRange"],
  ["Body", "clear"],
  ["Paragraph", "text"],
  ["Paragraph", "styleBuiltIn"],
  ["Paragraph", "outlineLevel"],
  ["Paragraph", "tableNestingLevel"],
  ["Paragraph", "isListItem"],
  ["Paragraph", "listItemOrNullObject"],
  ["Paragraph", "alignment"],
  ["Paragraph", "firstLineIndent"],
  ["Paragraph", "leftIndent"],
  ["Paragraph", "rightIndent"],
  ["Paragraph", "lineSpacing"],
  ["Paragraph", "spaceBefore"],
  ["Paragraph", "spaceAfter"],
  ["Paragraph", "font"],
  ["Paragraph", "search"],
  ["Paragraph", "getRange"],
  ["Paragraph", "getNext"],
  ["Paragraph", "insertParagraph"],
  ["Paragraph", "insertText"],
  ["ParagraphCollection", "getFirst"],
  ["ParagraphCollection", "getLast"],
  ["ListItem", "listString"],
  ["ListItem", "level"],
  ["Range", "text"],
  ["Range", "paragraphs"],
  ["Range", "getRange"],
  ["Range", "expandTo"],
  ["Range", "expandToOrNullObject"],
  ["Range", "insertText"],
  ["Range", "select"],
  ["Range", "font"],
  ["RangeCollection", "getFirst"],
  ["RangeCollection", "getFirstOrNullObject"],
  ["Section", "getHeader"],
  ["Section", "getFooter"],
  ["SectionCollection", "getFirst"],
  ["Font", "name"],
  ["Font", "size"],
  ["Font", "bold"],
  ["Font", "italic"],
  ["Font", "color"],
];

export function wordCapabilities({
  supports,
  defines,
  platform,
}: WordEnvironment): WordCapabilities {
  const has = ({
    set,
    version,
    members,
  }: (typeof CAPABILITY_MEMBERS)[keyof typeof CAPABILITY_MEMBERS]) =>
    supports(set, version) && members.every(([className, member]) => defines(className, member));
  const m = CAPABILITY_MEMBERS;
  return {
    comments: has(m.comments),
    reviewedText: has(m.reviewedText),
    paragraphText: has(m.paragraphText),
    trackedChanges: has(m.trackedChanges),
    eastAsiaFont: has(m.eastAsiaFont),
    pageSetup: has(m.pageSetup),
    pageField: has(m.pageField),
    reviewScrolls: platform === "Mac",
  };
}
