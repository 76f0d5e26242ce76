import { PHRASE_CATEGORIES } from "../phrases/types";
import type { Located } from "./jsonPositions";
import { JsonSyntaxError, parseLocated } from "./jsonPositions";
import type { FormulationFile, FormulationRecord, TitleRecord } from "./record";
import { EXAMPLE_KINDS } from "./record";

/** A mistake in a data file, said in Chinese, with where it is. */
export interface Problem {
  file: string;
  line: number;
  severity: "error" | "warning";
  message: string;
}

export const formatProblem = (p: Problem) =>
  `${p.file}:${p.line}: ${p.severity === "error" ? "错误" : "提醒"}：${p.message}`;

const RECORD_FIELDS = new Set([
  "id",
  "name",
  "wording",
  "compare",
  "status",
  "period",
  "source",
  "variants",
  "note",
  "usages",
  "examples",
]);
const SOURCE_FIELDS = new Set(["document", "date", "verified", "unverified"]);
const PERIOD_FIELDS = new Set(["since", "until", "supersededBy"]);
const TITLE_FIELDS = new Set([
  "title",
  "kind",
  "issuer",
  "date",
  "status",
  "replacedBy",
  "note",
  "verified",
  "unverified",
  "variants",
]);
const LOCAL_TITLE_FIELDS = new Set(["title", "issuer", "date", "resembles", "note", "verified"]);
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LIST_SEPARATORS = /[、，；]/;

/** The items of a list wording: split on 、，；. */
export const splitItems = (text: string): string[] => text.split(LIST_SEPARATORS).filter(Boolean);

/** The lengths of the common start (`p`) and, after it, the common end (`s`) of two texts. */
function commonEnds(text: string, fixed: string): { p: number; s: number } {
  let p = 0;
  while (p < text.length && p < fixed.length && text[p] === fixed[p]) p++;
  let s = 0;
  while (
    s < text.length - p &&
    s < fixed.length - p &&
    text[text.length - 1 - s] === fixed[fixed.length - 1 - s]
  )
    s++;
  return { p, s };
}

/** The part of `fixed` that differs from `text`, after their common start and end. */
export function changedSpan(text: string, fixed: string): { written: string; canonical: string } {
  const { p, s } = commonEnds(text, fixed);
  return { written: text.slice(p, text.length - s), canonical: fixed.slice(p, fixed.length - s) };
}

/**
 * Whether `fixed` differs from `text` only inside a correct wording of the record: the changed part
 * lies within (or, for a deletion, against the end of) an occurrence of one of `canonical` in
 * `fixed`.
 */
export function fixedWithinCanonical(
  text: string,
  fixed: string,
  canonical: readonly string[]
): boolean {
  const { p, s } = commonEnds(text, fixed);
  const end = fixed.length - s;
  return canonical.some((t) => {
    for (let q = fixed.indexOf(t); q !== -1; q = fixed.indexOf(t, q + 1)) {
      // The common start may have eaten a shared character of the wording: look a little before p.
      if (q <= p && q + t.length >= end) return true;
    }
    return false;
  });
}

/** Every text a record states as correct: its wording, compared part, items and variants. */
export function correctTexts(
  r: Pick<FormulationRecord, "name" | "wording" | "compare" | "variants">
): string[] {
  const texts = [r.name, r.wording, ...(r.variants ?? []).map((v) => v.text)].filter(
    (t) => typeof t === "string"
  );
  if (r.compare?.kind === "phrase" && r.compare.text) texts.push(r.compare.text);
  if (r.compare?.kind === "list") {
    const items = r.compare.items ?? splitItems(r.wording);
    texts.push(items.join("、"), ...items);
  }
  return texts;
}

class Checker {
  readonly problems: Problem[] = [];
  constructor(private readonly file: string) {}
  error(line: number, message: string) {
    this.problems.push({ file: this.file, line, severity: "error", message });
  }
  warn(line: number, message: string) {
    this.problems.push({ file: this.file, line, severity: "warning", message });
  }
  /** A non-empty string field, or an error. */
  text(
    obj: Extract<Located, { kind: "object" }>,
    key: string,
    where: string,
    required = true
  ): string | undefined {
    const v = obj.entries.get(key);
    if (!v) {
      if (required) this.error(obj.line, `${where}缺少字段“${key}”`);
      return undefined;
    }
    if (typeof v.value !== "string" || !v.value.trim()) {
      this.error(v.line, `${where}的“${key}”应为非空文字`);
      return undefined;
    }
    if (v.value !== v.value.trim()) this.error(v.line, `${where}的“${key}”首尾有空格`);
    return v.value;
  }
  object(
    v: Located | undefined,
    what: string,
    line: number
  ): Extract<Located, { kind: "object" }> | undefined {
    if (!v) return undefined;
    if (v.kind !== "object") {
      this.error(v.line ?? line, `${what}应为 { } 对象`);
      return undefined;
    }
    return v;
  }
  array(v: Located | undefined, what: string): Extract<Located, { kind: "array" }> | undefined {
    if (!v) return undefined;
    if (v.kind !== "array") {
      this.error(v.line, `${what}应为 [ ] 列表`);
      return undefined;
    }
    return v;
  }
  unknownFields(
    obj: Extract<Located, { kind: "object" }>,
    allowed: ReadonlySet<string>,
    where: string
  ) {
    for (const [key, line] of obj.keyLines)
      if (!allowed.has(key))
        this.error(line, `${where}中有未约定的字段“${key}”（可用：${[...allowed].join("、")}）`);
  }
}

function checkCompare(
  c: Checker,
  v: Located | undefined,
  record: Extract<Located, { kind: "object" }>,
  where: string,
  wording: string | undefined
) {
  if (!v)
    return c.error(
      record.line,
      `${where}缺少字段“compare”（比对方式必须写明：list、phrase、title 或 none）`
    );
  const obj = c.object(v, `${where}的“compare”`, record.line);
  if (!obj) return;
  const kind = obj.entries.get("kind")?.value;
  const allowed: Record<string, string[]> = {
    list: ["kind", "items", "intro"],
    phrase: ["kind", "text"],
    title: ["kind"],
    none: ["kind"],
  };
  if (typeof kind !== "string" || !(kind in allowed))
    return c.error(
      obj.line,
      `${where}的比对方式“${String(kind)}”无法识别，应为 list、phrase、title 或 none`
    );
  c.unknownFields(obj, new Set(allowed[kind]), `${where}的“compare”`);
  if (!wording) return;
  if (kind === "list") {
    for (const key of ["items", "intro"]) {
      const arr = c.array(obj.entries.get(key), `${where}的“${key}”`);
      if (arr)
        for (const item of arr.items)
          if (typeof item.value !== "string" || item.value.length < 2)
            c.error(item.line, `${where}的“${key}”中每一项应为两个字以上的文字`);
    }
    const items = (obj.entries.get("items")?.value as string[] | undefined) ?? splitItems(wording);
    if (items.length < 2) c.error(obj.line, `${where}按列举比对，但只有 ${items.length} 项`);
    else if (!obj.entries.has("items") && items.some((i) => i.length < 2))
      c.error(obj.line, `${where}的表述拆出的条目有单字，请用“items”写明各项`);
    if (new Set(items).size !== items.length) c.error(obj.line, `${where}的条目有重复`);
  }
  if (kind === "phrase") {
    const text = obj.entries.get("text");
    if (text && (typeof text.value !== "string" || !wording.includes(text.value)))
      c.error(text.line, `${where}的“compare.text”应为“wording”中的一段原文`);
    const compared = typeof text?.value === "string" ? text.value : wording;
    if (compared.length < 6)
      c.error(obj.line, `${where}逐字比对的文字少于 6 个字，会误报；请改用 none`);
  }
  if (kind === "title" && /[《》]/.test(wording))
    c.error(obj.line, `${where}是文件名称，“wording”中不要写书名号《》`);
}

function checkRecord(
  c: Checker,
  v: Located,
  index: number
): { id?: string; line: number; record?: FormulationRecord } {
  const obj = c.object(v, `第 ${index + 1} 条记录`, v.line);
  if (!obj) return { line: v.line };
  const idValue = obj.entries.get("id")?.value;
  const where = typeof idValue === "string" ? `记录“${idValue}”` : `第 ${index + 1} 条记录`;
  c.unknownFields(obj, RECORD_FIELDS, where);
  const id = c.text(obj, "id", where);
  if (id && !ID.test(id))
    c.error(obj.entries.get("id")!.line, `${where}的 id 应为小写英文和连字符（kebab-case）`);
  c.text(obj, "name", where);
  const wording = c.text(obj, "wording", where);
  checkCompare(c, obj.entries.get("compare"), obj, where, wording);
  const compareKind = (obj.entries.get("compare")?.value as { kind?: string } | undefined)?.kind;
  const status = obj.entries.get("status");
  if (!status) c.error(obj.line, `${where}缺少字段“status”（current 或 historical）`);
  else if (status.value !== "current" && status.value !== "historical")
    c.error(status.line, `${where}的“status”应为 current 或 historical`);
  const period = c.object(obj.entries.get("period"), `${where}的“period”`, obj.line);
  if (period) {
    c.unknownFields(period, PERIOD_FIELDS, `${where}的“period”`);
    for (const key of ["since", "until"]) {
      const d = period.entries.get(key);
      if (d && (typeof d.value !== "string" || !DATE.test(d.value)))
        c.error(d.line, `${where}的“period.${key}”应为 YYYY、YYYY-MM 或 YYYY-MM-DD`);
    }
  }
  if (status?.value === "historical" && !period?.entries.has("supersededBy"))
    c.error(status.line, `${where}是历史提法，请在“period.supersededBy”写明取代它的记录 id`);
  const source = c.object(obj.entries.get("source"), `${where}的“source”`, obj.line);
  if (!source && compareKind && compareKind !== "none")
    c.error(obj.line, `${where}要比对原文，必须写明“source”`);
  if (source) {
    c.unknownFields(source, SOURCE_FIELDS, `${where}的“source”`);
    c.text(source, "document", `${where}的“source”`);
    const date = source.entries.get("date");
    if (!date) c.error(source.line, `${where}的“source”缺少字段“date”`);
    else if (typeof date.value !== "string" || !DATE.test(date.value))
      c.error(date.line, `${where}的“source.date”应为 YYYY、YYYY-MM 或 YYYY-MM-DD`);
    const verified = c.text(source, "verified", `${where}的“source”`, false);
    const unverified = c.text(source, "unverified", `${where}的“source”`, false);
    if (verified && unverified)
      c.error(source.line, `${where}的“source”不能同时有“verified”和“unverified”`);
    if (!verified && !unverified && compareKind !== "none")
      c.warn(
        source.line,
        `${where}未写明在哪里逐字核对（source.verified），或为何未能核对（source.unverified）`
      );
  }
  const variants = c.array(obj.entries.get("variants"), `${where}的“variants”`);
  for (const item of variants?.items ?? []) {
    const vo = c.object(item, `${where}的变体`, item.line);
    if (!vo) continue;
    c.unknownFields(vo, new Set(["text", "source"]), `${where}的变体`);
    c.text(vo, "text", `${where}的变体`);
    c.text(vo, "source", `${where}的变体`);
  }
  c.text(obj, "note", where, false);
  const usages = c.array(obj.entries.get("usages"), `${where}的“usages”`);
  if (!obj.entries.has("usages")) c.error(obj.line, `${where}缺少字段“usages”（至少一句用例）`);
  else if (usages && usages.items.length === 0)
    c.error(usages.line, `${where}的“usages”至少要有一句`);
  for (const u of usages?.items ?? [])
    if (typeof u.value !== "string" || !u.value.trim())
      c.error(u.line, `${where}的用例应为非空文字`);
  const examples = c.object(obj.entries.get("examples"), `${where}的“examples”`, obj.line);
  if (examples) {
    c.unknownFields(examples, new Set(["wrong", "right"]), `${where}的“examples”`);
    const right = c.array(examples.entries.get("right"), `${where}的“examples.right”`);
    for (const r of right?.items ?? [])
      if (typeof r.value !== "string" || !r.value.trim())
        c.error(r.line, `${where}的正确例句应为非空文字`);
    const wrong = c.array(examples.entries.get("wrong"), `${where}的“examples.wrong”`);
    const record = obj.value as FormulationRecord;
    const canonical = wording ? correctTexts(record) : [];
    for (const w of wrong?.items ?? []) {
      const wo = c.object(w, `${where}的错误例句`, w.line);
      if (!wo) continue;
      c.unknownFields(wo, new Set(["text", "fixed", "kind"]), `${where}的错误例句`);
      const text = c.text(wo, "text", `${where}的错误例句`);
      const fixed = c.text(wo, "fixed", `${where}的错误例句`);
      const kind = wo.entries.get("kind");
      if (!kind) c.error(wo.line, `${where}的错误例句缺少“kind”`);
      else if (!EXAMPLE_KINDS.includes(kind.value as never))
        c.error(
          kind.line,
          `${where}的错误例句类型“${String(kind.value)}”无法识别，应为 ${EXAMPLE_KINDS.join("、")} 之一`
        );
      if (!text || !fixed) continue;
      if (text === fixed) {
        c.error(wo.line, `${where}的错误例句“text”和“fixed”相同`);
        continue;
      }
      if (kind?.value !== "outdated" && !fixedWithinCanonical(text, fixed, canonical)) {
        const span = changedSpan(text, fixed);
        c.error(
          (wo.entries.get("fixed") ?? wo).line,
          `${where}的错误例句：“fixed”改动的“${span.written}”→“${span.canonical || "（删去）"}”不在规范表述之内；“fixed”只能把写错的那一段换成规范表述`
        );
      }
    }
  }
  return { id, line: obj.line, record: obj.value as FormulationRecord };
}

export interface ValidatedFile {
  problems: Problem[];
  data?: FormulationFile;
  ids: Array<{ id: string; line: number }>;
}

/** Checks one data file's text; each problem names the file and line. */
export function validateFormulationFile(file: string, text: string): ValidatedFile {
  const c = new Checker(file);
  let root: Located;
  try {
    root = parseLocated(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError)
      return {
        problems: [
          { file, line: e.line, severity: "error", message: `JSON 格式错误：${e.message}` },
        ],
        ids: [],
      };
    throw e;
  }
  const top = c.object(root, "文件", 1);
  if (!top) return { problems: c.problems, ids: [] };
  c.unknownFields(top, new Set(["category", "records"]), "文件");
  const category = top.entries.get("category");
  if (!category) c.error(top.line, "文件缺少“category”");
  else if (!PHRASE_CATEGORIES.includes(category.value as never))
    c.error(
      category.line,
      `分类“${String(category.value)}”不在约定的分类中（${PHRASE_CATEGORIES.slice(0, 10).join("、")}）`
    );
  const records = c.array(top.entries.get("records"), "“records”");
  if (!records) {
    if (!top.entries.has("records")) c.error(top.line, "文件缺少“records”");
    return { problems: c.problems, ids: [] };
  }
  const ids: Array<{ id: string; line: number }> = [];
  records.items.forEach((r, i) => {
    const { id, line } = checkRecord(c, r, i);
    if (id) {
      const earlier = ids.find((x) => x.id === id);
      if (earlier) c.error(line, `id“${id}”重复（第 ${earlier.line} 行已有）`);
      ids.push({ id, line });
    }
  });
  const ok = !c.problems.some((p) => p.severity === "error");
  return { problems: c.problems, ids, ...(ok ? { data: top.value as FormulationFile } : {}) };
}

/** Checks the title catalogue's text. */
export function validateTitleFile(
  file: string,
  text: string
): { problems: Problem[]; titles?: TitleRecord[] } {
  const c = new Checker(file);
  let root: Located;
  try {
    root = parseLocated(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError)
      return {
        problems: [
          { file, line: e.line, severity: "error", message: `JSON 格式错误：${e.message}` },
        ],
      };
    throw e;
  }
  const top = c.object(root, "文件", 1);
  const list = top && c.array(top.entries.get("titles"), "“titles”");
  if (top && !list) c.error(top.line, "文件缺少“titles”列表");
  const seen = new Map<string, number>();
  for (const item of list?.items ?? []) {
    const t = c.object(item, "文件名称记录", item.line);
    if (!t) continue;
    c.unknownFields(t, TITLE_FIELDS, "文件名称记录");
    const title = c.text(t, "title", "文件名称记录");
    if (title && /[《》]/.test(title))
      c.error(t.entries.get("title")!.line, `文件名称“${title}”中不要写书名号`);
    if (title && seen.has(title) && (t.entries.get("status")?.value ?? "current") === "current")
      c.warn(t.line, `文件名称“${title}”重复（第 ${seen.get(title)} 行已有）`);
    if (title) seen.set(title, t.line);
    const variants = c.array(t.entries.get("variants"), `文件名称“${title}”的“variants”`);
    for (const v of variants?.items ?? [])
      if (typeof v.value !== "string" || !v.value.trim() || /[《》]/.test(v.value))
        c.error(v.line, `文件名称“${title}”的变体应为不带书名号的文字`);
    if (t.entries.has("verified") && t.entries.has("unverified"))
      c.error(t.line, `文件名称“${title}”不能同时有“verified”和“unverified”`);
    const status = t.entries.get("status");
    if (!status) c.error(t.line, "文件名称记录缺少“status”");
    else if (!["current", "revised", "replaced", "abolished"].includes(status.value as string))
      c.error(status.line, `文件名称记录的“status”应为 current、revised、replaced 或 abolished`);
    const date = t.entries.get("date");
    if (date && (typeof date.value !== "string" || !DATE.test(date.value)))
      c.error(date.line, "文件名称记录的“date”应为 YYYY、YYYY-MM 或 YYYY-MM-DD");
  }
  // Real local titles close to central ones: known, never compared.
  const local = top && c.array(top.entries.get("localTitlesLike"), "“localTitlesLike”");
  for (const item of local?.items ?? []) {
    const t = c.object(item, "地方文件名称记录", item.line);
    if (!t) continue;
    c.unknownFields(t, LOCAL_TITLE_FIELDS, "地方文件名称记录");
    c.text(t, "title", "地方文件名称记录");
  }
  if (top) c.unknownFields(top, new Set(["titles", "localTitlesLike"]), "文件");
  const ok = !c.problems.some((p) => p.severity === "error");
  return { problems: c.problems, ...(ok && list ? { titles: list.value as TitleRecord[] } : {}) };
}

/** Checks across files: ids unique, a historical record's successor exists and is current. */
export function validateLibrary(
  files: ReadonlyArray<{ file: string; result: ValidatedFile }>
): Problem[] {
  const problems: Problem[] = [];
  const where = new Map<string, { file: string; line: number }>();
  for (const { file, result } of files) {
    for (const { id, line } of result.ids) {
      const earlier = where.get(id);
      if (earlier && earlier.file !== file)
        problems.push({
          file,
          line,
          severity: "error",
          message: `id“${id}”与 ${earlier.file} 第 ${earlier.line} 行重复`,
        });
      else if (!earlier) where.set(id, { file, line });
    }
  }
  const records = new Map(
    files.flatMap(({ result }) => result.data?.records ?? []).map((r) => [r.id, r])
  );
  for (const { file, result } of files) {
    for (const r of result.data?.records ?? []) {
      const next = r.period?.supersededBy;
      if (!next) continue;
      const line = result.ids.find((x) => x.id === r.id)?.line ?? 1;
      if (!records.has(next))
        problems.push({
          file,
          line,
          severity: "error",
          message: `记录“${r.id}”的“period.supersededBy”指向不存在的记录“${next}”`,
        });
      else if (records.get(next)!.status !== "current")
        problems.push({
          file,
          line,
          severity: "error",
          message: `记录“${r.id}”由“${next}”取代，但后者不是现行提法`,
        });
    }
  }
  return problems;
}
