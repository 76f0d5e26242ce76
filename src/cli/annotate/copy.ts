import { COMMENT_AUTHOR, COMMENT_INITIALS } from "../../core/check/ownComments";
import type { Finding } from "../../core/check/types";
import type { DocumentFile } from "../readDocx";
import type { CopyOutcome } from "../../core/report/outcome";
import { unwritable } from "../docx/writable";
import { writeCopy } from "../writeCopy";
import { annotateDocx } from "./annotateDocx";

/** Why a copy could not be written, in Chinese. */
function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "SAME_FILE")
    return "输出文件夹就是原文件所在位置，为免覆盖原文件，未生成副本。请换一个输出文件夹。";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return "输出文件夹没有写入权限，未生成副本。";
  if (code === "ENOSPC") return "磁盘空间不足，未生成副本。";
  if (code === "ENOTDIR" || code === "EEXIST")
    return "输出路径中有同名的文件挡住了文件夹，未生成副本。";
  return `写入副本失败${code ? `（${code}）` : ""}。`;
}

/** Word's form of a comment's date: to the second, in UTC. */
export const commentDate = (now: Date) => now.toISOString().replace(/\.\d+Z$/, "Z");

/** The annotated copy of one checked file under `folder`, or why there is none. */
export async function annotatedCopy(
  doc: DocumentFile,
  findings: readonly Finding[],
  folder: string,
  file: string,
  copy: string,
  now = new Date()
): Promise<CopyOutcome> {
  if (!doc.source) return { note: "纯文本文件无法添加 Word 批注，未生成副本。" };
  const problem = unwritable(doc.source, "未生成副本");
  if (problem) return { note: problem };
  const annotated = annotateDocx(doc.source, doc.paragraphs, findings, {
    author: COMMENT_AUTHOR,
    initials: COMMENT_INITIALS,
    date: commentDate(now),
  });
  try {
    return {
      path: await writeCopy(folder, copy, annotated.bytes, file),
      comments: annotated.comments,
    };
  } catch (error) {
    return { note: writeProblem(error) };
  }
}
