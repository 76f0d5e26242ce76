import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { GB_9704 } from "../../content/layout";
import type { DocumentTypeId } from "../../content/types";
import { checkDocument } from "../../core/check/check";
import { IGNORED_SETTING, parseIgnored, withoutIgnored } from "../../core/check/ignore";
import { storedSettingName } from "../../core/documentSettings";
import { withSurroundings } from "../../core/report/findingQuote";
import type { FileOutcome } from "../../core/report/outcome";
import { VERDICT_LABELS, verdictOf } from "../../core/report/outcome";
import { allowedWordsOf } from "../allowedWordsFile";
import type { Input } from "../inputs";
import { expandInputs } from "../inputs";
import { toJson, toText } from "../output";
import { Progress } from "../progress";
import type { DocumentFile } from "../readDocx";
import { readDocument } from "../readDocument";
import type { Requirements } from "../../core/requirements/types";
import { safeJson, shownName } from "../shownName";
import { BrokenInstall } from "../brokenInstall";
import { unreadable } from "../unreadable";

/** What `dangjian check` is told on its command line. */
export interface CheckOptions {
  type?: string;
  format?: string;
  all?: boolean;
  annotate?: string;
  report?: string;
  words?: string;
  "format-check"?: boolean;
  requirements?: string;
}

/** What the check command reads and writes through. */
export interface CheckIo {
  out(text: string): void;
  err(text: string): void;
  read(path: string): Promise<Uint8Array>;
  /** stderr is a terminal: long batches show their progress there. */
  terminal?: boolean;
}

/** Check one file; with --annotate, write its annotated copy. */
async function checkFile(
  input: Input,
  values: CheckOptions,
  io: CheckIo,
  allowedWords: readonly string[],
  requirements?: Requirements
): Promise<FileOutcome> {
  const { file } = input;
  if (input.error) return { file, error: input.error };
  let doc: DocumentFile;
  try {
    doc = await readDocument(file, await io.read(file), values.annotate !== undefined);
  } catch (error) {
    // The checker's own data broken: no other file would fare better.
    if (error instanceof BrokenInstall) throw error;
    return { file, error: unreadable(error) };
  }
  try {
    const layout =
      values["format-check"] && doc.page ? { spec: GB_9704, page: doc.page } : undefined;
    const result = checkDocument(doc.paragraphs, values.type as DocumentTypeId | undefined, {
      ...(layout ? { layout } : {}),
      ...(requirements ? { requirements } : {}),
    });
    // Findings the user ignored in Word stay ignored here, unless --all.
    const keys = values.all
      ? []
      : parseIgnored(doc.settings.get(storedSettingName(IGNORED_SETTING)));
    const { shown, ignored } = withoutIgnored(result.findings, doc.paragraphs, keys, allowedWords);
    // Each finding with the words around it, for the HTML report: Word shows no paragraph numbers.
    const findings = withSurroundings(shown, doc.paragraphs);
    const outcome: FileOutcome = { file, result: { ...result, findings }, ignored };
    if (values.annotate !== undefined) {
      const { annotatedCopy } = await import("../annotate/copy");
      outcome.copy = await annotatedCopy(doc, shown, values.annotate, file, input.copy);
    }
    return outcome;
  } catch (error) {
    if (error instanceof BrokenInstall) throw error;
    // Read, but the check stopped: the checker's fault, said so, and the other files go on.
    return { file, error: checkFailure(error), failed: true };
  }
}

/** Why a check stopped, in Chinese, with the error as the checker gave it for its maintainers. */
function checkFailure(error: unknown): string {
  const said = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `检查器在检查这份材料时出错（${said}）。这是检查器的问题，不是材料的问题；请把这份材料和这条消息交给维护人员。`;
}

/** Write the batch's HTML report; what went wrong, in Chinese, when it could not be written. */
async function writeReport(
  path: string,
  outcomes: readonly FileOutcome[]
): Promise<string | undefined> {
  const folder = dirname(resolve(path));
  const { htmlReport } = await import("../../core/report/htmlReport");
  const html = htmlReport(outcomes, {
    date: new Date(),
    link: (copy) => relative(folder, copy).split(sep).join("/"),
  });
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path, html);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "没有写入权限。";
    if (code === "EISDIR") return "这是一个文件夹，请给出 .html 文件名。";
    return `写入失败${code ? `（${code}）` : ""}。`;
  }
}

/** `dangjian check`: check the files and folders given; returns the exit code. */
export async function checkCommand(
  files: readonly string[],
  values: CheckOptions,
  io: CheckIo
): Promise<number> {
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
    const { readRequirements, typeIdsUnder } = await import("../requirements");
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
  const inputs = expandInputs(files);
  const json = values.format === "json";
  const progress = new Progress(
    (t) => io.err(t),
    inputs.length,
    // Asked last: asking makes Node open stderr as a stream.
    inputs.length > 1 && !json && io.terminal === true
  );
  const outcomes: FileOutcome[] = [];
  for (const input of inputs) {
    progress.step(input.file);
    const outcome = await checkFile(input, values, io, allowedWords, requirements);
    if (json && "error" in outcome)
      io.err(`${shownName(outcome.file)}：${VERDICT_LABELS[verdictOf(outcome)]}。${outcome.error}
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
  if (verdicts.includes("unread") || verdicts.includes("failed")) return 2;
  return verdicts.includes("fix") ? 1 : 0;
}
