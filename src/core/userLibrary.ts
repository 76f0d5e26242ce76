/** The user's own phrases, and the JSON file they are exported to and imported from. */
import { parseAllowedWords } from "./typo/allowedWords";

export const LIBRARY_FORMAT = "dangjian-writer/phrases";
export const LIBRARY_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** The longest name a phrase may have: a label to search and list by, not the text. */
export const MAX_NAME_LENGTH = 100;

export interface UserEntry {
  id: string;
  name: string;
  text: string;
  category?: string;
}

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: number;
  entries: UserEntry[];
}

/** `allowedWords`: words an organisation's shared library marks as correct for the 错别字 check. */
export type Parsed =
  { ok: true; entries: UserEntry[]; allowedWords?: string[] } | { ok: false; error: string };

/** The library as a file to keep: indented for people, or compact for storage. */
export function exportLibrary(entries: readonly UserEntry[], compact = false): string {
  const file: LibraryFile = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    entries: [...entries],
  };
  return compact ? JSON.stringify(file) : JSON.stringify(file, null, 2);
}

/**
 * Read a library file; every problem is reported in Chinese, saying where it is. Files to import
 * are limited in size; what is already stored is read whatever its size (maxBytes: Infinity).
 */
export function parseLibrary(
  text: string,
  reservedIds: ReadonlySet<string> = new Set(),
  maxBytes = MAX_IMPORT_BYTES
): Parsed {
  const bytes = maxBytes === Infinity ? 0 : new TextEncoder().encode(text).length;
  if (bytes > maxBytes)
    return {
      ok: false,
      error: `文件过大（${(bytes / 1024 / 1024).toFixed(1)} MB），不能超过 5 MB。`,
    };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    return {
      ok: false,
      error: `不是有效的 JSON 文件${at ? `（第 ${Number(at) + 1} 个字符附近有误）` : ""}，请检查文件是否完整。`,
    };
  }
  const file = data as Partial<LibraryFile> | null;
  if (!file || typeof file !== "object" || file.format !== LIBRARY_FORMAT) {
    return {
      ok: false,
      error: `不是党建写作助手的常用语文件（缺少 format: "${LIBRARY_FORMAT}"）。`,
    };
  }
  const version: unknown = file.version;
  if (typeof version !== "number") {
    const written =
      typeof version === "string"
        ? `文字“${version.slice(0, 20)}”`
        : JSON.stringify(version ?? null).slice(0, 20);
    return {
      ok: false,
      error: `文件版本应为数字，文件中是${written}。本程序支持版本 ${LIBRARY_VERSION}（写作 "version": ${LIBRARY_VERSION}，不加引号）。`,
    };
  }
  if (file.version !== LIBRARY_VERSION)
    return {
      ok: false,
      error: `不支持的文件版本 ${String(file.version)}，本程序支持版本 ${LIBRARY_VERSION}。`,
    };
  if (!Array.isArray(file.entries)) return { ok: false, error: "文件中缺少 entries 列表。" };
  const seen = new Set<string>();
  const entries: UserEntry[] = [];
  for (const [i, raw] of file.entries.entries()) {
    const where = `第 ${i + 1} 条`;
    const e = raw as Partial<UserEntry> | null;
    if (!e || typeof e !== "object") return { ok: false, error: `${where}不是有效的条目。` };
    if (typeof e.id !== "string" || e.id.trim() === "")
      return { ok: false, error: `${where}缺少编号（id）。` };
    if (typeof e.name !== "string" || e.name.trim() === "")
      return { ok: false, error: `${where}（${e.id}）缺少名称。` };
    if (e.name.trim().length > MAX_NAME_LENGTH)
      return {
        ok: false,
        error: `${where}（${e.id.slice(0, 40)}）的名称过长（${e.name.trim().length} 字），不能超过 ${MAX_NAME_LENGTH} 字。`,
      };
    if (typeof e.text !== "string" || e.text.trim() === "")
      return { ok: false, error: `${where}（${e.id}）缺少内容。` };
    if (e.category !== undefined && typeof e.category !== "string")
      return { ok: false, error: `${where}（${e.id}）的分类不是文字。` };
    if (seen.has(e.id))
      return { ok: false, error: `编号冲突：${where}的编号“${e.id}”在文件中重复出现。` };
    if (reservedIds.has(e.id))
      return { ok: false, error: `编号冲突：${where}的编号“${e.id}”与内置提法库重复。` };
    seen.add(e.id);
    entries.push({
      id: e.id,
      name: e.name.trim(),
      text: e.text,
      ...(e.category ? { category: e.category } : {}),
    });
  }
  const allowed = parseAllowedWords((data as { allowedWords?: unknown }).allowedWords);
  if (!allowed.ok) return allowed;
  return {
    ok: true,
    entries,
    ...(allowed.words.length > 0 ? { allowedWords: allowed.words } : {}),
  };
}

/** Merge imported entries: same id updates, new id adds. */
export function mergeEntries(
  existing: readonly UserEntry[],
  incoming: readonly UserEntry[]
): { entries: UserEntry[]; added: number; updated: number } {
  const byId = new Map(existing.map((e) => [e.id, e]));
  let added = 0;
  let updated = 0;
  for (const e of incoming) {
    if (byId.has(e.id)) updated++;
    else added++;
    byId.set(e.id, e);
  }
  return { entries: [...byId.values()], added, updated };
}

/** A new id for an entry made by hand. */
export function newEntryId(existing: readonly UserEntry[], now = Date.now()): string {
  const ids = new Set(existing.map((e) => e.id));
  let n = now;
  while (ids.has(`user-${n.toString(36)}`)) n++;
  return `user-${n.toString(36)}`;
}
