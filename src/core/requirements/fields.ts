import { fieldRefs } from "../render";
import { FIELDS } from "../../content/fields";

/** A problem found in a record: thrown while reading, caught once for the whole file. */
export class RecordProblem extends Error {}

/** Where a value is, as the messages say it: 文稿类型第 1 条“annual-summary”. */
export type Where = string;

export const fail = (where: Where, field: string, what: string): never => {
  throw new RecordProblem(`${where}的字段“${field}”${what}`);
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A record with only the fields it may have: a misspelt field would otherwise be left out unseen.
 */
export function record(value: unknown, where: Where, allowed: readonly string[]) {
  if (!isRecord(value)) throw new RecordProblem(`${where}应是一个记录（{ … }）。`);
  for (const key of Object.keys(value))
    if (!allowed.includes(key))
      throw new RecordProblem(
        `${where}有不认识的字段“${key}”（可用的字段：${allowed.join("、")}）。`
      );
  return value;
}

export function text(value: unknown, where: Where, field: string, max = 200): string {
  if (typeof value !== "string" || value.trim() === "") fail(where, field, "应是不空的文字。");
  const trimmed = (value as string).trim();
  if (trimmed.length > max) fail(where, field, `不能超过 ${max} 个字。`);
  return trimmed;
}

export function texts(value: unknown, where: Where, field: string, max = 100): string[] {
  if (!Array.isArray(value) || value.length === 0) fail(where, field, "应是不空的文字列表。");
  return (value as unknown[]).map((item, i) => text(item, where, `${field}”第 ${i + 1} 项“`, max));
}

export function whole(value: unknown, where: Where, field: string, min: number, max: number) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    fail(where, field, `应是 ${min} 至 ${max} 之间的整数（不加引号）。`);
  return value as number;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function id(value: unknown, where: Where): string {
  if (typeof value !== "string" || !ID.test(value))
    fail(where, "id", "应是小写英文字母、数字和连字符（如 annual-summary）。");
  return value as string;
}

const KNOWN = new Set(FIELDS.flatMap((f) => [f.id, f.label]));

/** A template paragraph: its blanks must be ones the pane can fill ({unit}, {年度} …). */
export function template(value: unknown, where: Where, field: string): string {
  const written = text(value, where, field, 2000);
  const unknown = fieldRefs(written).find((ref) => !KNOWN.has(ref));
  if (unknown !== undefined)
    fail(
      where,
      field,
      `中的空白“{${unknown}}”不是已知的空白（可用：${FIELDS.map((f) => `{${f.id}}`).join("")}）。`
    );
  return written;
}
