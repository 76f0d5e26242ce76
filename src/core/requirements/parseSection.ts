import { TOPICS } from "../../content/topics";
import type { SectionDef, SectionKind } from "../../content/types";
import type { Where } from "./fields";
import { fail, id, record, RecordProblem, template, texts } from "./fields";

const SECTION_FIELDS = [
  "id",
  "kind",
  "title",
  "required",
  "headings",
  "template",
  "topics",
  "defaultTopics",
];
/** Kinds a published section may have; a signature block stays as the built-in type has it. */
const KINDS: readonly SectionKind[] = ["title", "addressee", "opening", "numbered", "closing"];

function templates(value: unknown, where: Where): readonly string[] {
  if (typeof value === "string") return [template(value, where, "template")];
  if (!Array.isArray(value) || value.length === 0)
    fail(where, "template", "应是一段模板文字，或几段可选的模板文字的列表。");
  return (value as unknown[]).map((item, i) => template(item, where, `template”第 ${i + 1} 项“`));
}

function topicIds(value: unknown, where: Where, field: string): string[] {
  const ids = Array.isArray(value) && value.length === 0 ? [] : texts(value, where, field);
  const unknown = ids.find((t) => !TOPICS.some((known) => known.id === t));
  if (unknown !== undefined) fail(where, field, `中的议题“${unknown}”不是内置的议题。`);
  return ids;
}

/**
 * One section of a published type, in the file's order: a built-in section's id alone keeps it as
 * it is; a record with such an id changes the fields it gives; a record with a new id is a new
 * section.
 */
export function parseSection(
  value: unknown,
  where: Where,
  base: readonly SectionDef[]
): SectionDef {
  if (typeof value === "string") {
    const kept = base.find((s) => s.id === value);
    if (!kept) throw new RecordProblem(`${where}：“${value}”不是所依据的文稿类型中的部分。`);
    return kept;
  }
  const raw = record(value, where, SECTION_FIELDS);
  const sectionId = id(raw.id, where);
  const here = `${where}“${sectionId}”`;
  const kept = base.find((s) => s.id === sectionId);
  if (raw.kind !== undefined && !KINDS.includes(raw.kind as SectionKind))
    fail(here, "kind", `应是 ${KINDS.join("、")} 之一。`);
  if (kept && raw.kind !== undefined && raw.kind !== kept.kind)
    fail(here, "kind", `与所依据的部分不同（${kept.kind}）；新的部分请另起一个 id。`);
  if (raw.required !== undefined && typeof raw.required !== "boolean")
    fail(here, "required", "应是 true 或 false（不加引号）。");
  if (!kept) {
    for (const field of ["title", "template"])
      if (raw[field] === undefined) fail(here, field, "不能缺少（这是新的部分）。");
    if ((raw.kind ?? "numbered") === "numbered" && raw.headings === undefined)
      fail(here, "headings", "不能缺少：文中按这些词认出这一部分的标题。");
  }
  const kind = (raw.kind as SectionKind | undefined) ?? kept?.kind ?? "numbered";
  const topics = raw.topics === undefined ? undefined : topicIds(raw.topics, here, "topics");
  const defaults =
    raw.defaultTopics === undefined
      ? undefined
      : topicIds(raw.defaultTopics, here, "defaultTopics");
  const offered = topics ?? kept?.topics ?? [];
  const stray = defaults?.find((t) => !offered.includes(t));
  if (stray !== undefined)
    fail(here, "defaultTopics", `中的议题“${stray}”不在这一部分的 topics 中。`);
  const section: SectionDef = {
    ...kept,
    id: sectionId,
    kind,
    title: raw.title === undefined ? kept!.title : template(raw.title, here, "title"),
    required: (raw.required as boolean | undefined) ?? kept?.required ?? true,
    headings:
      raw.headings === undefined
        ? (kept?.headings ?? [])
        : Array.isArray(raw.headings) && raw.headings.length === 0 && kind !== "numbered"
          ? []
          : texts(raw.headings, here, "headings", 40),
    ...(raw.template === undefined ? {} : { paragraphs: templates(raw.template, here) }),
    ...(topics ? { topics } : {}),
    ...(defaults || topics ? { defaultTopics: defaults ?? [] } : {}),
  };
  return section;
}

/** The sections in order: ids unique, and each kind but the numbered once at most. */
export function parseSections(
  value: unknown,
  where: Where,
  base: readonly SectionDef[]
): SectionDef[] {
  if (!Array.isArray(value) || value.length === 0)
    fail(where, "sections", "应是不空的列表，按文中的顺序列出各部分。");
  const sections = (value as unknown[]).map((item, i) =>
    parseSection(item, `${where}的部分第 ${i + 1} 条`, base)
  );
  sections.forEach((s, i) => {
    const where2 = `${where}的部分第 ${i + 1} 条“${s.id}”`;
    if (sections.findIndex((o) => o.id === s.id) !== i)
      throw new RecordProblem(`${where2}：id 在这一文稿类型中重复出现。`);
    if (s.kind !== "numbered" && sections.findIndex((o) => o.kind === s.kind) !== i)
      throw new RecordProblem(`${where2}：${s.kind} 类的部分只能有一个。`);
  });
  return sections;
}
