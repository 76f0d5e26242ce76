import { PART_LABELS } from "./labels";
import { RULES } from "./rules";
import type { Finding } from "./types";

/** Who the comments this tool writes are from; the pane removes only comments with this author. */
export const COMMENT_AUTHOR = "党建写作助手";
export const COMMENT_INITIALS = "党建";

/** The message already names the right wording (or says to delete): the fix need not be told twice. */
export function messageSaysFix(finding: Finding): boolean {
  if (finding.fix === undefined) return false;
  return finding.fix === "" ? finding.message.includes("删除") : finding.message.includes(`“${finding.fix}”`);
}

/**
 * A finding as a Word comment: the rule, the message and the fix where there is one. `elsewhere`
 * names the part when the comment cannot stand in it (Word has no comments in headers and footers).
 */
export function commentText(finding: Finding, elsewhere = false): string {
  const title = RULES.find((r) => r.id === finding.rule)?.title ?? finding.rule;
  const where = elsewhere && finding.part ? `（在${PART_LABELS[finding.part]}中）` : "";
  const fix = finding.fix === undefined || messageSaysFix(finding) ? "" : finding.fix === "" ? "建议删除。" : `建议改为“${finding.fix}”。`;
  const source = finding.source ? `（出处：${finding.source}）` : "";
  return `【${title}】${where}${finding.message}${fix}${source}`;
}
