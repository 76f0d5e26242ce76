import { SEVERITY_LABELS } from "../check/labels";
import { RULES, ruleTitle } from "../check/rules";
import { sectionName } from "../check/sections";
import type { Finding } from "../check/types";
import type { FileOutcome } from "./outcome";
import { fixText, placeOf, VERDICT_LABELS, verdictOf } from "./outcome";
import { barChart } from "./chart";
import { quoteHtml } from "./findingQuote";
import { escapeMarkup as h } from "../escapeMarkup";
import { PAGE_STYLE, SORT_SCRIPT } from "./pageAssets";

export interface HtmlReportOptions {
  /** When the check ran, shown under the title. */
  date: Date;
  /** Each file's annotated copy as a link relative to the report, where there is one. */
  link?: (path: string) => string;
}

const typeName = (outcome: FileOutcome) =>
  "error" in outcome
    ? "—"
    : outcome.result.basis
      ? `${outcome.result.typeName}（按${outcome.result.basis}）`
      : outcome.result.typeName;

/** Rules in the order the checker runs them, those that found something in the batch only. */
function rulesFound(outcomes: readonly FileOutcome[]): string[] {
  const found = new Set(
    outcomes.flatMap((o) => ("error" in o ? [] : o.result.findings.map((f) => f.rule)))
  );
  return [
    ...RULES.map((r) => r.id).filter((id) => found.has(id)),
    ...[...found].filter((id) => !RULES.some((r) => r.id === id)),
  ];
}

const countOf = (outcome: FileOutcome, predicate: (f: Finding) => boolean) =>
  "error" in outcome ? 0 : outcome.result.findings.filter(predicate).length;

function sectionsCell(outcome: FileOutcome): string {
  if ("error" in outcome) return `<td data-sort="">—</td>`;
  const absent = outcome.result.sections.filter((s) => s.required && s.status !== "present");
  const text = absent.length === 0 ? "齐全" : `缺：${absent.map(sectionName).join("、")}`;
  return `<td data-sort="${absent.length}">${h(text)}</td>`;
}

/**
 * Rows of the batch table shown at first and added by each 再显示: a page of 10,000 rows opened in
 * seconds and froze on a sort.
 */
export const TABLE_PAGE = 200;

function tableRow(outcome: FileOutcome, index: number, rules: readonly string[]): string {
  const verdict = verdictOf(outcome);
  const number = (n: number) => `<td class="number${n === 0 ? " zero" : ""}">${n}</td>`;
  return [
    index < TABLE_PAGE ? "<tr>" : "<tr hidden>",
    number(index + 1),
    `<td><a href="#file-${index + 1}">${h(outcome.file)}</a></td>`,
    `<td>${h(typeName(outcome))}</td>`,
    sectionsCell(outcome),
    ...rules.map((id) => number(countOf(outcome, (f) => f.rule === id))),
    number(countOf(outcome, (f) => f.severity === "error")),
    number(countOf(outcome, (f) => f.severity !== "error")),
    `<td class="verdict ${verdict}" data-sort="${["fix", "unread", "ok"].indexOf(verdict)}">${VERDICT_LABELS[verdict]}</td>`,
    "</tr>",
  ].join("");
}

function table(outcomes: readonly FileOutcome[], rules: readonly string[]): string {
  const head = (label: string, numeric = false) =>
    `<th scope="col"${numeric ? ' data-type="number"' : ""}><button type="button">${h(label)}</button></th>`;
  const heads = [
    head("序号", true),
    head("文件"),
    head("文稿类型"),
    head("必备部分", true),
    ...rules.map((id) => head(ruleTitle(id), true)),
    head("错误", true),
    head("建议", true),
    head("结论", true),
  ];
  const more =
    outcomes.length > TABLE_PAGE
      ? `<p class="more" data-page="${TABLE_PAGE}"><span>已显示前 ${TABLE_PAGE} 份，共 ${outcomes.length} 份（排序对全部材料进行）。</span> <button type="button" data-more>再显示 ${TABLE_PAGE} 份</button> <button type="button" data-all>显示全部</button></p>`
      : "";
  return `<table class="sortable"><caption>点击列名可排序</caption><thead><tr>${heads.join("")}</tr></thead><tbody>${outcomes.map((o, i) => tableRow(o, i, rules)).join("")}</tbody></table>${more}`;
}

function findingItem(f: Finding): string {
  const quote = quoteHtml(f);
  const source = f.data?.citation ? `（出处：${h(f.data.citation)}）` : "";
  return `<li><span class="place">${h(placeOf(f))}</span> <span class="severity-${f.severity}">${SEVERITY_LABELS[f.severity]}</span>${quote} ${h(f.message)}<span class="fix">${h(fixText(f))}</span>${source}</li>`;
}

function fileSection(
  outcome: FileOutcome,
  index: number,
  options: HtmlReportOptions,
  numbered: boolean
): string {
  const verdict = verdictOf(outcome);
  const title = `<h2 id="file-${index + 1}">${numbered ? `${index + 1}. ` : ""}${h(outcome.file)} <span class="verdict ${verdict}">${VERDICT_LABELS[verdict]}</span></h2>`;
  if ("error" in outcome)
    return `<section>${title}<p>${VERDICT_LABELS[verdict]}：${h(outcome.error)}</p></section>`;
  const { result, ignored, copy } = outcome;
  const lines = [
    `<p class="meta">${h(typeName(outcome))}。必备部分：${result.sections
      .filter((s) => s.required)
      .map((s) => `${h(sectionName(s))}${s.status === "present" ? "✓" : "✗"}`)
      .join("　")}</p>`,
  ];
  if (copy)
    lines.push(
      `<p class="meta">批注副本：${"path" in copy ? `<a href="${h(options.link?.(copy.path) ?? copy.path)}">${h(copy.path)}</a>（${copy.comments} 条批注）` : h(copy.note)}</p>`
    );
  if (result.findings.length === 0) lines.push("<p>没有发现问题。</p>");
  for (const id of rulesFound([outcome])) {
    const found = result.findings.filter((f) => f.rule === id);
    lines.push(
      `<h3>${h(ruleTitle(id))}（${found.length}）</h3><ol class="findings">${found.map(findingItem).join("")}</ol>`
    );
  }
  if (ignored > 0) lines.push(`<p class="meta">另有 ${ignored} 处已在 Word 中忽略，未列出。</p>`);
  return `<section>${title}${lines.join("")}</section>`;
}

/** The line under the title: how many can be submitted, or for one file its verdict and counts. */
function summary(outcomes: readonly FileOutcome[]): string {
  const [only] = outcomes;
  if (outcomes.length === 1 && only) {
    const verdict = verdictOf(only);
    const counts =
      "error" in only
        ? ""
        : `，${countOf(only, (f) => f.severity === "error")} 处错误、${countOf(only, (f) => f.severity !== "error")} 处建议`;
    return `检查结论：<strong class="verdict ${verdict}">${VERDICT_LABELS[verdict]}</strong>${counts}。`;
  }
  const ready = outcomes.filter((o) => verdictOf(o) === "ok").length;
  const unread = outcomes.filter((o) => verdictOf(o) === "unread").length;
  const failed = outcomes.filter((o) => verdictOf(o) === "failed").length;
  return `共 ${outcomes.length} 份材料，<strong>${ready}</strong> 份可以提交，${outcomes.length - ready - unread - failed} 份需要修改${unread ? `，${unread} 份无法读取` : ""}${failed ? `，${failed} 份检查出错` : ""}。`;
}

/**
 * One self-contained page: for a batch the summary, a sortable table, a chart per rule and each
 * file's findings; for one file (the task pane's 打印/导出) its verdict and findings.
 */
export function htmlReport(outcomes: readonly FileOutcome[], options: HtmlReportOptions): string {
  const batch = outcomes.length > 1;
  const rules = rulesFound(outcomes);
  const bars = rules.map((id) => ({
    label: ruleTitle(id),
    count: outcomes.reduce((n, o) => n + countOf(o, (f) => f.rule === id), 0),
  }));
  const date = `${options.date.getFullYear()}年${options.date.getMonth() + 1}月${options.date.getDate()}日`;
  const title = batch ? "党建材料检查汇总" : "党建材料检查结果";
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<p class="meta">党建写作助手 · ${date}</p>
<p class="summary">${summary(outcomes)}</p>
${batch ? `${table(outcomes, rules)}\n${barChart(bars, "各类问题在全部材料中的数量")}\n` : ""}${outcomes.map((o, i) => fileSection(o, i, options, batch)).join("\n")}
${batch ? `<script>${SORT_SCRIPT}</script>\n` : ""}</body>
</html>
`;
}
