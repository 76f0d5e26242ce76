import { parseArgs } from "node:util";
import type { DocumentTypeId } from "../content/types";
import { BrokenInstall } from "./brokenInstall";
import { readInput } from "./readInput";
import { writerTo } from "./standardOutput";
import { TYPES, USAGE } from "./usage";

export { USAGE } from "./usage";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  read(path: string): Promise<Uint8Array>;
  /** stderr is a terminal: long batches show their progress there. */
  terminal?: boolean;
}

const nodeIo: CliIo = {
  out: writerTo(1),
  err: writerTo(2),
  read: (p) => readInput(p),
  get terminal() {
    return process.stderr.isTTY === true;
  },
};

/** parseArgs's English message, said in Chinese. */
function argumentError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-[^']*)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `未知选项“${option}”。`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return `选项“${option.split(" ")[0]}”需要一个值。`;
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return "多余的参数。";
  return "无法识别的参数。";
}

/** What is wrong with the arguments, in Chinese; undefined when nothing is. */
function argumentProblem(
  command: string | undefined,
  files: readonly string[],
  options: {
    type?: string;
    format?: string;
    annotate?: string;
    report?: string;
    requirements?: string;
  }
): string | undefined {
  if (command === undefined) return "请给出命令，例如：dangjian check 总结.docx";
  if (command !== "check" && command !== "format") return `未知命令“${command}”。`;
  if (command === "format") return undefined;
  if (files.length === 0) return "请给出要检查的文件。";
  // Under requirements the type is looked up once they are read: they may add types.
  if (
    options.type !== undefined &&
    options.requirements === undefined &&
    !TYPES.includes(options.type as DocumentTypeId)
  )
    return `未知文稿类型“${options.type}”。`;
  if (!["text", "json"].includes(options.format ?? "text"))
    return `未知输出格式“${options.format}”。`;
  if (options.annotate === "") return "请给出批注副本的输出文件夹，例如：--annotate 批注";
  if (options.report !== undefined && !/\.html?$/i.test(options.report))
    return "汇总报告请写成 .html 文件，例如：--report 汇总.html";
  return undefined;
}

const OPTIONS = {
  type: { type: "string" },
  format: { type: "string", default: "text" },
  all: { type: "boolean" },
  annotate: { type: "string" },
  report: { type: "string" },
  words: { type: "string" },
  "format-check": { type: "boolean" },
  requirements: { type: "string" },
  output: { type: "string", short: "o" },
  "in-place": { type: "boolean" },
  font: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

/** Run the command line; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    io.err(`参数有误：${argumentError(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  const problem = argumentProblem(command, files, values);
  if (problem) {
    io.err(`${problem}\n\n${USAGE}\n`);
    return 2;
  }

  // Each command is loaded when it runs: --help and a mistyped argument load neither.
  try {
    if (command === "format")
      return await (await import("./commands/format")).formatCommand(files, values, io);
    return await (await import("./commands/check")).checkCommand(files, values, io);
  } catch (error) {
    if (!(error instanceof BrokenInstall)) throw error;
    io.err(`${error.message}\n`);
    return 2;
  }
}
