import type { Stats } from "node:fs";
import { chmod, chown, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { LayoutSpec } from "../../content/layout";
import { GB_9704 } from "../../content/layout";
import { withFallbacks } from "../../core/layout/fonts";
import { formatDocx } from "../format/formatDocx";
import { readDocument } from "../readDocument";
import { shownName } from "../shownName";
import { unreadable } from "../unreadable";
import { USAGE } from "../usage";
import { canonical } from "../writeCopy";

export interface FormatRequest {
  file: string;
  output?: string;
  inPlace: boolean;
  /** 仿宋_GB2312=仿宋: the typeface to use where a standard one is not installed. */
  fonts: readonly string[];
}

export interface FormatIo {
  out(text: string): void;
  err(text: string): void;
  read(path: string): Promise<Uint8Array>;
}

/** What is wrong with a format request, in Chinese; undefined when nothing is. */
export function formatProblem(
  files: readonly string[],
  request: Omit<FormatRequest, "file">
): string | undefined {
  if (files.length !== 1)
    return "请给出一个要排版的 .docx 文件，例如：dangjian format 总结.docx -o 总结（排版）.docx";
  if (!/\.docx$/i.test(files[0]!)) return "只能排版 .docx 文件。";
  if (request.output === undefined && !request.inPlace)
    return "请用 -o 给出输出文件（原文件不变），或用 --in-place 直接改原文件。";
  if (request.output !== undefined && request.inPlace) return "-o 和 --in-place 只能选一个。";
  if (request.output !== undefined && !/\.docx$/i.test(request.output))
    return "输出文件请写成 .docx。";
  if (request.output !== undefined && resolve(request.output) === resolve(files[0]!))
    return "输出文件就是原文件：要直接修改原文件，请用 --in-place。";
  const bad = request.fonts.find((f) => !/^[^=]+=[^=]+$/.test(f));
  if (bad !== undefined)
    return `字体替换“${bad}”应写成 标准字体=替代字体，例如：--font 仿宋_GB2312=仿宋`;
  return undefined;
}

/** The layout with the fonts the user named in place of missing ones. */
export function layoutWithFonts(fonts: readonly string[]): LayoutSpec {
  return withFallbacks(
    GB_9704,
    Object.fromEntries(fonts.map((f) => f.split("=").map((s) => s.trim()) as [string, string]))
  );
}

/**
 * Write next to the target and rename into place: an interrupted run never leaves half a file, and
 * a failed one leaves no temporary file. The new file keeps `like`'s permissions and, where
 * allowed, owner.
 */
async function writeAtomically(
  path: string,
  bytes: Uint8Array,
  like: Stats | undefined
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let created = false;
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    created = true;
    if (like) {
      await chmod(temporary, like.mode & 0o7777);
      // Only the superuser may give a file away; anyone else keeps their own ownership.
      await chown(temporary, like.uid, like.gid).catch(() => {});
    }
    await rename(temporary, path);
  } catch (error) {
    if (created) await rm(temporary, { force: true });
    throw error;
  }
}

/** Why the output could not be written, in Chinese. */
function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EISDIR") return "这是一个文件夹，请给出 .docx 文件名。";
  if (code === "ENOSPC") return "磁盘空间不足。";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "没有写入权限。";
  if (code === "ENOENT" || code === "ENOTDIR") return "输出文件所在的文件夹不存在。";
  if (code === "EEXIST") return "同一位置有未清理的临时文件，请稍后再试。";
  return `写入失败${code ? `（${code}）` : ""}。`;
}

/** A file's status; undefined when it does not exist yet or is not a file. */
const fileStatus = (path: string) =>
  stat(path).then(
    (s) => (s.isFile() ? s : undefined),
    () => undefined
  );

/** 一键排版 on the command line; returns the exit code (0 written, 2 not). */
export async function runFormat(request: FormatRequest, io: FormatIo): Promise<number> {
  // The output named another way (a link, another path) is still the input: not written without
  // --in-place.
  if (!request.inPlace && (await canonical(request.output!)) === (await canonical(request.file))) {
    io.err(
      `${shownName(request.output!)}：输出文件就是原文件。要直接修改原文件，请用 --in-place。\n`
    );
    return 2;
  }
  let formatted;
  let target: string;
  try {
    // In place through a symbolic link: the document it points to is formatted, and the link stays.
    target = request.inPlace ? await realpath(request.file) : request.output!;
    const doc = await readDocument(request.file, await io.read(request.file), true);
    formatted = formatDocx(doc, layoutWithFonts(request.fonts));
  } catch (error) {
    io.err(`${shownName(request.file)}：无法排版。${unreadable(error)}\n`);
    return 2;
  }
  try {
    await writeAtomically(target, formatted.bytes, await fileStatus(target));
  } catch (error) {
    io.err(`${shownName(target)}：写入失败。${writeProblem(error)}\n`);
    return 2;
  }
  const footer = formatted.footersKept
    ? "页脚中有页码以外的内容，已保留原页脚，页码未改动。"
    : "页码已设为“— 1 —”，单页居右、双页居左。";
  io.out(`已排版 ${formatted.paragraphs} 段，写入：${shownName(resolve(target))}\n${footer}\n`);
  return 0;
}

/** `dangjian format`: the arguments checked, then 一键排版; returns the exit code. */
export async function formatCommand(
  files: readonly string[],
  values: { output?: string; "in-place"?: boolean; font?: string[] },
  io: FormatIo
): Promise<number> {
  const request = {
    output: values.output,
    inPlace: values["in-place"] === true,
    fonts: values.font ?? [],
  };
  const wrong = formatProblem(files, request);
  if (wrong) {
    io.err(`${wrong}\n\n${USAGE}\n`);
    return 2;
  }
  return runFormat({ ...request, file: files[0]! }, io);
}
