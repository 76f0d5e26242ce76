import type { DocumentTypeDef, DocumentTypeId, SectionDef } from "../../content/types";
import { DOCUMENT_TYPES } from "../../content/documentTypes";
import { HEADING_WORDS } from "../../content/templates/commonSections";
import type { DocParagraph } from "../document";
import type { Outline } from "../outline";
import { headingTitle } from "../outline";

export type SectionStatus = "present" | "missing" | "empty";

export interface SectionReport {
  id: string;
  title: string;
  required: boolean;
  status: SectionStatus;
  /** Where it is, or, for a missing one, undefined. */
  paragraph?: number;
}

const SPECIFIC_FIRST = [
  "causes",
  "rectification",
  "study",
  "comparison",
  "problems",
  "plans",
  "closing",
  "main-work",
];
/**
 * Parts one heading may name together: 存在的问题及原因分析 heads both the problems and their
 * causes.
 */
const JOINT = [["comparison", "causes"]] as const;

function matches(section: SectionDef, title: string): boolean {
  return section.headings.some((h) => title.includes(h));
}

/**
 * A short closing line with one of the cues, not a heading, among the last three paragraphs with
 * text.
 */
function lastWith(
  paragraphs: readonly DocParagraph[],
  outline: Outline,
  cues: readonly string[] | undefined
) {
  let seen = 0;
  for (let i = paragraphs.length - 1; cues && i >= 0 && seen < 3; i--) {
    const text = paragraphs[i]!.text.trim();
    if (text === "") continue;
    seen++;
    const heading = outline.headings.some((h) => h.paragraph === i);
    if (!heading && text.length <= 60 && cues.some((c) => text.includes(c))) return i;
  }
  return undefined;
}

/** Which of the type's sections the document has, has empty, or lacks. */
export function findSections(
  type: DocumentTypeDef,
  paragraphs: readonly DocParagraph[],
  outline: Outline
): SectionReport[] {
  const top = outline.headings.filter((h) => h.level === 1);
  const claimed = new Map<string, number>();
  const numbered = type.sections
    .filter((s) => s.kind === "numbered")
    .sort((a, b) => SPECIFIC_FIRST.indexOf(a.id) - SPECIFIC_FIRST.indexOf(b.id));
  const titles = top.map((heading) => headingTitle(paragraphs[heading.paragraph]!.text, heading));
  const free = (i: number) => ![...claimed.values()].includes(top[i]!.paragraph);
  top.forEach((heading, i) => {
    // The first heading that reads as main work is main work, whatever else it names (主要工作举措
    // 及成效).
    const mainFirst =
      i === 0 && top.length > 1
        ? numbered.find((s) => s.id === "main-work" && matches(s, titles[i]!))
        : undefined;
    const section = mainFirst ?? numbered.find((s) => !claimed.has(s.id) && matches(s, titles[i]!));
    if (section) claimed.set(section.id, heading.paragraph);
  });
  for (const pair of JOINT)
    for (const [id, other] of [pair, [pair[1], pair[0]]] as const) {
      const at = claimed.get(other);
      const section = numbered.find((s) => s.id === id);
      const i = top.findIndex((h) => h.paragraph === at);
      if (section && !claimed.has(id) && i !== -1 && matches(section, titles[i]!))
        claimed.set(id, at!);
    }
  // 对照检查情况 with no heading of its own: its first aspect is a top heading (一、在……方面).
  const aspects = type.theme?.aspects ?? [];
  if (numbered.some((s) => s.id === "comparison") && !claimed.has("comparison")) {
    const i = top.findIndex(
      (_, j) => free(j) && aspects.some((a) => a.words.some((w) => titles[j]!.includes(w)))
    );
    if (i !== -1) claimed.set("comparison", top[i]!.paragraph);
  }
  // Headings worded unlike ours: problems and plans by their words, main work by its place.
  for (const id of ["problems", "plans"] as const) {
    if (!numbered.some((s) => s.id === id) || claimed.has(id)) continue;
    // The first of three or more top headings is the main work, whatever words it uses.
    const i = top.findIndex(
      (_, j) =>
        (j > 0 || top.length < 3) &&
        free(j) &&
        HEADING_WORDS[id].some((w) => titles[j]!.includes(w))
    );
    if (i !== -1) claimed.set(id, top[i]!.paragraph);
  }
  if (numbered.some((s) => s.id === "main-work") && !claimed.has("main-work")) {
    const later = Math.min(claimed.get("problems") ?? Infinity, claimed.get("plans") ?? Infinity);
    const i = top.findIndex((h, j) => free(j) && h.paragraph < later);
    if (i !== -1) claimed.set("main-work", top[i]!.paragraph);
    else {
      // No heading of its own: the topics （一）（二）… right after the opening are the main work.
      const after = Math.max(outline.title ?? -1, outline.addressee ?? -1, outline.opening ?? -1);
      const topic = outline.headings.find(
        (h) => h.level > 1 && h.paragraph > after && h.paragraph < later
      );
      if (topic && !top.some((h) => h.paragraph < topic.paragraph))
        claimed.set("main-work", topic.paragraph);
    }
  }
  // Still unclaimed, problems and plans by their place: between main work and plans, or after
  // problems.
  const main = claimed.get("main-work");
  if (
    main !== undefined &&
    numbered.some((s) => s.id === "problems") &&
    !claimed.has("problems") &&
    claimed.has("plans")
  ) {
    const between = top.filter(
      (h, j) => free(j) && h.paragraph > main && h.paragraph < claimed.get("plans")!
    );
    if (between.length === 1) claimed.set("problems", between[0]!.paragraph);
  }
  if (
    main !== undefined &&
    numbered.some((s) => s.id === "plans") &&
    !claimed.has("plans") &&
    claimed.has("problems")
  ) {
    const after = top.findIndex((h, j) => free(j) && h.paragraph > claimed.get("problems")!);
    if (after !== -1 && after === top.length - 1) claimed.set("plans", top[after]!.paragraph);
  }
  const hasContent = (at: number) => {
    const next = top.find((h) => h.paragraph > at)?.paragraph ?? paragraphs.length;
    const own = paragraphs[at]!.text;
    const runIn = own.indexOf("。") !== -1 && own.indexOf("。") < own.trim().length - 1;
    return runIn || paragraphs.slice(at + 1, next).some((p) => p.text.trim() !== "");
  };
  return type.sections.map((s): SectionReport => {
    const base = { id: s.id, title: s.title, required: s.required };
    let at: number | undefined;
    switch (s.kind) {
      case "title":
        at = outline.title;
        break;
      case "addressee":
        at = outline.addressee;
        break;
      case "opening":
        at = outline.opening;
        break;
      case "closing":
        // 以上对照检查……批评指正: a closing known by its words, the last such paragraph.
        at = outline.closing ?? lastWith(paragraphs, outline, s.cues);
        break;
      case "signature":
        at = outline.signature;
        break;
      case "numbered": {
        at =
          claimed.get(s.id) ??
          paragraphs.findIndex((p) => s.cues?.some((c) => p.text.slice(0, 60).includes(c)));
        if (at === -1) at = undefined;
        if (at !== undefined && claimed.has(s.id))
          return { ...base, paragraph: at, status: hasContent(at) ? "present" : "empty" };
      }
    }
    return at === undefined
      ? { ...base, status: "missing" }
      : { ...base, status: "present", paragraph: at };
  });
}

/**
 * The document type from the title and the structure: an addressee or 专此报告 means a report sent
 * upward.
 */
export function detectType(paragraphs: readonly DocParagraph[], outline: Outline): DocumentTypeId {
  const title = outline.title !== undefined ? paragraphs[outline.title]!.text : "";
  if (/对照检查|检视剖析/.test(title))
    return /民主生活会/.test(title) ? "democratic-life-review" : "organizational-life-review";
  if (/述职/.test(title)) return "duty-report";
  if (outline.addressee !== undefined || outline.closing !== undefined || /情况的?报告/.test(title))
    return "report";
  if (/支部/.test(title)) return "branch-summary";
  return "annual-summary";
}

export function typeById(id: DocumentTypeId): DocumentTypeDef {
  return DOCUMENT_TYPES.find((t) => t.id === id)!;
}

/** A section's name without its blanks: "{nextYear}年工作打算" → "工作打算". */
export function sectionName(section: { title: string }): string {
  return section.title.replace(/\{\w+\}年?/g, "");
}
