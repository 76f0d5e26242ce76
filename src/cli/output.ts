import { SEVERITY_LABELS, STATUS_LABELS } from "../core/check/labels";
import { ruleTitle } from "../core/check/rules";
import { sectionName } from "../core/check/sections";
import type { FileOutcome } from "../core/report/outcome";
import { fixText, placeOf, VERDICT_LABELS, verdictOf } from "../core/report/outcome";
import { shownName } from "./shownName";

/**
 * The JSON shape of one file; one that could not be read has its error and no sections or findings.
 */
export function toJson(outcome: FileOutcome) {
  if ("error" in outcome)
    return {
      file: outcome.file,
      error: outcome.error,
      ...(outcome.failed ? { failed: true } : {}),
      type: null,
      sections: [],
      findings: [],
      ignored: 0,
    };
  const { file, result, ignored } = outcome;
  return {
    file,
    type: result.type,
    ...(result.basis ? { requirements: result.basis } : {}),
    sections: result.sections.map((s) => ({
      id: s.id,
      title: sectionName(s),
      status: s.status,
      paragraph: s.paragraph ?? null,
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      paragraph: f.paragraph,
      start: f.start,
      end: f.end,
      text: f.text,
      fix: f.fix ?? null,
      // The JSON output's name for a citation, kept for those who read it.
      ...(f.data?.citation ? { source: f.data.citation } : {}),
      ...(f.part ? { part: f.part } : {}),
    })),
    ignored,
    ...(outcome.copy
      ? {
          annotated:
            "path" in outcome.copy
              ? { path: outcome.copy.path, comments: outcome.copy.comments }
              : { path: null, note: outcome.copy.note },
        }
      : {}),
  };
}

/** A readable report of one file, in Chinese; paragraphs and characters counted from 1. */
export function toText(outcome: FileOutcome): string {
  if ("error" in outcome)
    return `${shownName(outcome.file)}\n  ${VERDICT_LABELS[verdictOf(outcome)]}：${outcome.error}\n`;
  const { file, result, ignored } = outcome;
  const lines = [`${shownName(file)}（${result.typeName}）`];
  if (result.basis) lines.push(`  按${result.basis}检查`);
  lines.push(
    `  必备部分：${result.sections
      .filter((s) => s.required)
      .map((s) => `${sectionName(s)}·${STATUS_LABELS[s.status]}`)
      .join("  ")}`
  );
  for (const f of result.findings) {
    const title = ruleTitle(f.rule);
    const fix = fixText(f);
    const where = placeOf(f);
    const source = f.data?.citation ? `（出处：${f.data.citation}）` : "";
    lines.push(
      `  ${where}  ${SEVERITY_LABELS[f.severity]}  ${title} [${f.rule}]  ${f.message}${fix}${source}`
    );
  }
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const others = result.findings.length - errors;
  lines.push(
    result.findings.length === 0
      ? "  没有发现问题，可以提交。"
      : `  共 ${errors} 处错误、${others} 处建议。${errors ? "" : "没有必须修改的错误。"}`
  );
  if (ignored > 0) lines.push(`  另有 ${ignored} 处已在 Word 中忽略，未列出（加 --all 可列出）。`);
  const copy = outcome.copy;
  if (copy)
    lines.push(
      "path" in copy
        ? `  批注副本：${shownName(copy.path)}（${copy.comments} 条批注）`
        : `  批注副本：${copy.note}`
    );
  return `${lines.join("\n")}\n`;
}
