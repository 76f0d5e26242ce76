import { readdirSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";

/** One file to check, and where its annotated copy goes inside the output folder. */
export interface Input {
  file: string;
  /** The copy's path under --annotate: the file's name, or its path inside the folder given. */
  copy: string;
  /** Why a folder given yielded nothing to check. */
  error?: string;
}

const CHECKABLE = /\.(?:docx|txt)$/i;
/** Word's lock files (~$总结.docx) sit beside open documents: they are not reports. */
const LOCK_FILE = /^~\$/;

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The .docx and .txt files inside a folder and its subfolders, sorted by their path inside it. */
function filesIn(folder: string): Input[] {
  const names = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && CHECKABLE.test(entry.name) && !LOCK_FILE.test(entry.name))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0)
    return [{ file: folder, copy: basename(folder), error: "文件夹中没有 .docx 或 .txt 文件。" }];
  return names.map((name) => ({ file: join(folder, name), copy: name.split(sep).join("/") }));
}

/**
 * Files as given, each folder replaced by the reports inside it; copies with the same name kept
 * apart.
 */
export function expandInputs(args: readonly string[]): Input[] {
  const inputs: Input[] = [];
  for (const arg of args)
    inputs.push(...(isDirectory(arg) ? filesIn(arg) : [{ file: arg, copy: basename(arg) }]));
  const taken = new Set<string>();
  for (const input of inputs) {
    let copy = input.copy;
    for (let n = 2; taken.has(copy.toLowerCase()); n++)
      copy = input.copy.replace(/(\.[^./]*)?$/, `（${n}）$1`);
    taken.add(copy.toLowerCase());
    input.copy = copy;
  }
  return inputs;
}
