import type { CheckResult } from "../check/check";
import { messageSaysFix } from "../check/comment";
import { PART_LABELS } from "../check/labels";
import type { Finding } from "../check/types";

/** An annotated copy written (with its number of comments), or why none was. */
export type CopyOutcome = { path: string; comments: number } | { note: string };

/**
 * One file's outcome: its check, or why it could not be read, or (failed) why the check of a file
 * that was read stopped: a fault of the checker, not of the file.
 */
export type FileOutcome =
  | {
      file: string;
      result: CheckResult;
      /** Findings left out because the user ignored them in Word. */
      ignored: number;
      /** Under --annotate. */
      copy?: CopyOutcome;
    }
  | { file: string; error: string; failed?: true };

/**
 * A file's verdict: it can be submitted, it needs changes (it has errors), it could not be read,
 * or its check failed.
 */
export type Verdict = "ok" | "fix" | "unread" | "failed";
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  ok: "可以提交",
  fix: "需要修改",
  unread: "无法读取",
  failed: "检查出错",
};

export function verdictOf(outcome: FileOutcome): Verdict {
  if ("error" in outcome) return outcome.failed ? "failed" : "unread";
  return outcome.result.findings.some((f) => f.severity === "error") ? "fix" : "ok";
}

/** How a fix reads after the finding, or nothing when there is none or the message says it. */
export function fixText(f: Finding): string {
  if (f.fix === undefined || messageSaysFix(f)) return "";
  return f.fix === "" ? "（可删除）" : `（可改为“${f.fix}”）`;
}

/**
 * Where a finding is, for people: paragraph and character counted from 1, or the header, footer or
 * note.
 */
export function placeOf(f: Finding): string {
  if (f.part) return `${PART_LABELS[f.part]}第${f.start + 1}字`;
  if (f.text !== "") return `第${f.paragraph + 1}段第${f.start + 1}字`;
  if (f.start > 0) return `第${f.paragraph + 1}段之后`;
  return f.paragraph === 0 ? "文首" : `第${f.paragraph + 1}段处`;
}
