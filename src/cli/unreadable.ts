import { ReadError } from "./readError";

/**
 * Why a file could not be read, in Chinese: the ReadError's own message, or what the system said.
 */
export function unreadable(error: unknown): string {
  if (error instanceof ReadError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "文件不存在。";
  if (code === "EISDIR") return "这是一个文件夹，不是文件。";
  if (code === "EACCES" || code === "EPERM") return "没有读取权限。";
  if (code === "ELOOP") return "路径中的符号链接形成了循环，无法打开。";
  if (code === "ENAMETOOLONG") return "文件路径太长。";
  if (code === "ENOTDIR") return "路径中有一部分不是文件夹。";
  if (code === "EMFILE" || code === "ENFILE") return "同时打开的文件太多，请分批检查。";
  if (
    error instanceof RangeError ||
    (error instanceof Error && /memory|string longer/i.test(error.message))
  )
    return "文件内容过大，无法读取。";
  return `读取失败${code ? `（${code}）` : ""}，请确认文件存在并可以打开。`;
}
