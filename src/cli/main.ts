import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { DOCUMENT_TYPES } from "../content/documentTypes";
import { GB_9704 } from "../content/layout";
import type { DocumentTypeId } from "../content/types";
import { checkDocument } from "../core/check/check";
import { IGNORED_SETTING, parseIgnored, withoutIgnored } from "../core/check/ignore";
import { storedSettingName } from "../core/documentSettings";
import { allowedWordsOf } from "./allowedWordsFile";
import { annotatedCopy } from "./annotate/copy";
import { withSurroundings } from "../core/report/findingQuote";
import { htmlReport } from "../core/report/htmlReport";
import type { Input } from "./inputs";
import { expandInputs } from "./inputs";
import { formatProblem, runFormat } from "./formatCommand";
import { Progress } from "./progress";
import { readInput } from "./readInput";
import { readReport } from "./readReport";
import { safeJson, shownName } from "./shownName";
import { unreadable } from "./unreadable";
import type { FileOutcome } from "../core/report/outcome";
import { verdictOf } from "../core/report/outcome";
import { toJson, toText } from "./report";
import type { Requirements } from "../core/requirements/types";
import { readRequirements, typeIdsUnder } from "./requirements";

const TYPES = DOCUMENT_TYPES.map((t) => t.id);
export const USAGE = `用法：dangjian check 文件或文件夹... [--type 类型] [--format text|json] [--all]
                     [--annotate 输出文件夹] [--report 报告.html] [--format-check]
                     [--requirements 单位要求文件或地址]
      dangjian format 文件.docx (-o 输出.docx | --in-place) [--font 标准字体=替代字体]

检查党建工作总结、报告（.docx 或 .txt）：必备部分、未填空白、提法、错别字、序号、年份、网站残留和标点。
给出文件夹时，检查其中（含子文件夹）所有 .docx 和 .txt 文件。
  --type      文稿类型，不写则自动识别：${TYPES.join("、")}
  --format    输出格式：text（默认，便于阅读）或 json
  --all       也列出在 Word 中已点“忽略”的问题（默认不列出）
  --annotate  把每个 .docx 的副本写入该文件夹，每个问题一条 Word 批注（原文件不变）
  --report    写一份可在浏览器中查看和打印的汇总报告（.html）
  --words     单位允许的词语（地名、人名等，不作错别字提示）：每行一词的 .txt，或带 allowedWords 的共享提法库 .json
  --format-check  也检查公文格式（GB/T 9704：字体字号、页边距、行数字数、页码），仅 .docx
  --requirements  按单位发布的要求检查（必备部分、要求写到的内容、字数）：单位共享提法库文件（.json）或其 https:// 地址

format：按 GB/T 9704 一键排版，只改格式、不改文字，原文件不变（除非 --in-place）。
  -o          输出文件
  --in-place  直接修改原文件
  --font      本机没有的字体用哪种代替，可写多次，例如 --font 仿宋_GB2312=仿宋
退出码：0 没有错误；1 有文件存在错误级问题；2 有文件无法读取或参数有误。`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  read(path: string): Promise<Uint8Array>;
  /** stderr is a terminal: long batches show their progress there. */
  terminal?: boolean;
}

const nodeIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  read: (p) => readInput(p),
  terminal: process.stderr.isTTY === true,
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
  requirements: { type: "string" },
  "format-check": { type: "boolean" },
  output: { type: "string", short: "o" },
  "in-place": { type: "boolean" },
  font: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

type Options = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>["values"];

/** Check one file; with --annotate, write its annotated copy. */
async function checkFile(
  input: Input,
  values: Options,
  io: CliIo,
  allowedWords: readonly string[],
  requirements?: Requirements
): Promise<FileOutcome> {
  const { file } = input;
  if (input.error) return { file, error: input.error };
  try {
    const report = readReport(file, await io.read(file), values.annotate !== undefined);
    const layout =
      values["format-check"] && report.page ? { spec: GB_9704, page: report.page } : undefined;
    const result = checkDocument(report.paragraphs, values.type as DocumentTypeId | undefined, {
      ...(layout ? { layout } : {}),
      ...(requirements ? { requirements } : {}),
    });
    // Findings the user ignored in Word stay ignored here, unless --all.
    const keys = values.all
      ? []
      : parseIgnored(report.settings.get(storedSettingName(IGNORED_SETTING)));
    const { shown, ignored } = withoutIgnored(
      result.findings,
      report.paragraphs,
      keys,
      allowedWords
    );
    // Each finding with the words around it, for the HTML report: Word shows no paragraph numbers.
    const findings = withSurroundings(shown, report.paragraphs);
    const outcome: FileOutcome = { file, result: { ...result, findings }, ignored };
    if (values.annotate !== undefined)
      outcome.copy = await annotatedCopy(report, shown, values.annotate, file, input.copy);
    return outcome;
  } catch (error) {
    return { file, error: unreadable(error) };
  }
}

/** Write the batch's HTML report; what went wrong, in Chinese, when it could not be written. */
async function writeReport(
  path: string,
  outcomes: readonly FileOutcome[]
): Promise<string | undefined> {
  const folder = dirname(resolve(path));
  const html = htmlReport(outcomes, {
    date: new Date(),
    link: (copy) => relative(folder, copy).split(sep).join("/"),
  });
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(path, html);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "没有写入权限。";
    if (code === "EISDIR") return "这是一个文件夹，请给出 .html 文件名。";
    return `写入失败${code ? `（${code}）` : ""}。`;
  }
}

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

  if (command === "format") {
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

  let allowedWords: string[] = [];
  if (values.words !== undefined) {
    let read;
    try {
      read = allowedWordsOf(values.words, await io.read(values.words));
    } catch (error) {
      read = { ok: false as const, error: unreadable(error) };
    }
    if (!read.ok) {
      io.err(`允许的词语文件 ${values.words} 有误：${read.error}\n`);
      return 2;
    }
    allowedWords = read.words;
  }
  let requirements: Requirements | undefined;
  if (values.requirements !== undefined) {
    const read = await readRequirements(values.requirements, io.read);
    if (!read.ok) {
      io.err(`单位要求 ${values.requirements} 有误，未采用：${read.error}\n`);
      return 2;
    }
    requirements = read.requirements;
    if (values.type !== undefined && !typeIdsUnder(requirements).includes(values.type)) {
      io.err(`未知文稿类型“${values.type}”。可用：${typeIdsUnder(requirements).join("、")}\n`);
      return 2;
    }
  }
  const inputs = await expandInputs(files);
  const json = values.format === "json";
  const progress = new Progress(
    (t) => io.err(t),
    inputs.length,
    io.terminal === true && !json && inputs.length > 1
  );
  const outcomes: FileOutcome[] = [];
  for (const input of inputs) {
    progress.step(input.file);
    const outcome = await checkFile(input, values, io, allowedWords, requirements);
    if (json && "error" in outcome)
      io.err(`${shownName(outcome.file)}：无法读取。${outcome.error}
`);
    outcomes.push(outcome);
  }
  progress.end();
  if (json) io.out(`${safeJson(outcomes.map(toJson))}\n`);
  else io.out(outcomes.map(toText).join("\n"));
  if (values.report !== undefined) {
    const written = await writeReport(values.report, outcomes);
    if (written !== undefined) {
      io.err(`汇总报告未能写入：${written}\n`);
      return 2;
    }
    if (!json) io.out(`\n汇总报告：${shownName(resolve(values.report))}\n`);
  }

  const verdicts = outcomes.map(verdictOf);
  if (verdicts.includes("unread")) return 2;
  return verdicts.includes("fix") ? 1 : 0;
}
