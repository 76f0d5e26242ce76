import { DOCUMENT_TYPES } from "../../content/documentTypes";
import type {
  DocumentTypeDef,
  PublishedBy,
  RequiredTopicDef,
  SectionDef,
} from "../../content/types";
import type { Where } from "./fields";
import { fail, id, record, RecordProblem, text, texts, whole } from "./fields";
import { requirementsLabel } from "./inForce";
import { parseSections } from "./parseSection";
import type { ParsedRequirements } from "./types";

const TOP_FIELDS = ["issuer", "year", "notice", "documentTypes"];
const TYPE_FIELDS = [
  "id",
  "base",
  "name",
  "description",
  "titleWords",
  "length",
  "sections",
  "topics",
];
const TOPIC_FIELDS = ["name", "section", "phrases"];
/** The longest body a 字数 range may name. */
const MAX_LENGTH = 100_000;

function lengthRange(value: unknown, where: Where): { min?: number; max?: number } {
  const raw = record(value, `${where}的字段“length”`, ["min", "max"]);
  const min =
    raw.min === undefined ? undefined : whole(raw.min, where, "length.min", 1, MAX_LENGTH);
  const max =
    raw.max === undefined ? undefined : whole(raw.max, where, "length.max", 1, MAX_LENGTH);
  if (min === undefined && max === undefined) fail(where, "length", "应写明 min 或 max。");
  if (min !== undefined && max !== undefined && min > max)
    fail(where, "length", `的 min（${min}）大于 max（${max}）。`);
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function requiredTopics(
  value: unknown,
  where: Where,
  sections: readonly SectionDef[]
): RequiredTopicDef[] {
  if (!Array.isArray(value)) return fail(where, "topics", "应是列表。");
  return value.map((item: unknown, i) => {
    const here = `${where}的要求写到的内容第 ${i + 1} 条`;
    const raw = record(item, here, TOPIC_FIELDS);
    const name = text(raw.name, here, "name", 100);
    const section = text(raw.section, here, "section", 60);
    if (!sections.some((s) => s.id === section))
      fail(
        here,
        "section",
        `中的“${section}”不是这一文稿类型的部分（${sections.map((s) => s.id).join("、")}）。`
      );
    const phrases = raw.phrases === undefined ? [name] : texts(raw.phrases, here, "phrases", 100);
    return { name, section, phrases };
  });
}

function parseType(value: unknown, where: Where, by: PublishedBy): DocumentTypeDef {
  const raw = record(value, where, TYPE_FIELDS);
  const typeId = id(raw.id, where);
  const here = `${where}“${typeId}”`;
  const baseId = raw.base === undefined ? typeId : text(raw.base, here, "base", 40);
  const base = DOCUMENT_TYPES.find((t) => t.id === baseId);
  if (raw.base !== undefined && !base)
    fail(
      here,
      "base",
      `中的“${baseId}”不是内置的文稿类型（${DOCUMENT_TYPES.map((t) => t.id).join("、")}）。`
    );
  if (raw.base !== undefined && DOCUMENT_TYPES.some((t) => t.id === typeId) && baseId !== typeId)
    fail(here, "base", `与 id 不同：id“${typeId}”已是内置的文稿类型，只能改它自己。`);
  const own = !DOCUMENT_TYPES.some((t) => t.id === typeId);
  if (own && raw.name === undefined) fail(here, "name", "不能缺少（这是新的文稿类型）。");
  if (!base && raw.sections === undefined) fail(here, "sections", "不能缺少（这是新的文稿类型）。");
  const name = raw.name === undefined ? base!.name : text(raw.name, here, "name", 40);
  const clash = DOCUMENT_TYPES.find((t) => own && t.name === name);
  if (clash)
    fail(
      here,
      "name",
      `“${name}”与内置的文稿类型同名；要改内置的类型，请把 id 写作“${clash.id}”。`
    );
  const sections =
    raw.sections === undefined
      ? [...base!.sections]
      : parseSections(raw.sections, here, base?.sections ?? []);
  const length = raw.length === undefined ? undefined : lengthRange(raw.length, here);
  const topics = raw.topics === undefined ? [] : requiredTopics(raw.topics, here, sections);
  return {
    id: typeId,
    name,
    description:
      raw.description === undefined
        ? (base?.description ?? `按${requirementsLabel(by)}`)
        : text(raw.description, here, "description"),
    titleKeywords:
      raw.titleWords === undefined
        ? (base?.titleKeywords ?? [name])
        : texts(raw.titleWords, here, "titleWords", 40),
    suggestedLength: length?.max ?? base?.suggestedLength ?? 3000,
    sections,
    ...(length ? { lengthRange: length } : {}),
    ...(topics.length > 0 ? { requiredTopics: topics } : {}),
    publishedBy: by,
  };
}

/**
 * The requirements an organisation's file publishes (its `requirements`), all or nothing: the first
 * mistake refuses the whole, with a message in Chinese naming the record and the field.
 */
export function parseRequirements(value: unknown): ParsedRequirements {
  const where = "要求（requirements）";
  try {
    const raw = record(value, where, TOP_FIELDS);
    const issuer = text(raw.issuer, where, "issuer", 40);
    const year = whole(raw.year, where, "year", 2000, 2100);
    const notice = raw.notice === undefined ? undefined : text(raw.notice, where, "notice");
    if (!Array.isArray(raw.documentTypes) || raw.documentTypes.length === 0)
      fail(where, "documentTypes", "应是不空的列表。");
    const by = { issuer, year };
    const types = (raw.documentTypes as unknown[]).map((item, i) =>
      parseType(item, `${where}中文稿类型第 ${i + 1} 条`, by)
    );
    types.forEach((t, i) => {
      if (types.findIndex((o) => o.id === t.id) !== i)
        throw new RecordProblem(`${where}中文稿类型第 ${i + 1} 条“${t.id}”：id 重复出现。`);
      if (types.findIndex((o) => o.name === t.name) !== i)
        throw new RecordProblem(
          `${where}中文稿类型第 ${i + 1} 条“${t.id}”：名称“${t.name}”重复出现。`
        );
    });
    return { ok: true, requirements: { issuer, year, ...(notice ? { notice } : {}), types } };
  } catch (error) {
    if (error instanceof RecordProblem) return { ok: false, error: error.message };
    throw error;
  }
}
