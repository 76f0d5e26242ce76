import type { CommentRequest, DocParagraph } from "../document";
import { PART_LABELS } from "./labels";
import { ruleTitle } from "./rules";
import type { Finding } from "./types";

/**
 * The message already names the right wording (or says to delete): the fix need not be told twice.
 */
export function messageSaysFix(finding: Finding): boolean {
  if (finding.fix === undefined) return false;
  return finding.fix === ""
    ? finding.message.includes("删除")
    : finding.message.includes(`“${finding.fix}”`);
}

/**
 * A finding as a Word comment: the rule, the message and the fix where there is one. `elsewhere`
 * names the part when the comment cannot stand in it (Word has no comments in headers and footers).
 */
export function commentText(finding: Finding, elsewhere = false): string {
  const title = ruleTitle(finding.rule);
  const where = elsewhere && finding.part ? `（在${PART_LABELS[finding.part]}中）` : "";
  const fix =
    finding.fix === undefined || messageSaysFix(finding)
      ? ""
      : finding.fix === ""
        ? "建议删除。"
        : `建议改为“${finding.fix}”。`;
  const source = finding.data?.citation ? `（出处：${finding.data.citation}）` : "";
  return `【${title}】${where}${finding.message}${fix}${source}`;
}

/**
 * Findings as comments on body text, for a host that reads the body and its headers and footers.
 * A finding with no text of its own (a missing section, an automatic number) is put on the whole
 * paragraph; one in a header or footer, where Word allows no comment, on the first body paragraph.
 */
export function commentRequests(
  findings: readonly Finding[],
  paragraphs: readonly DocParagraph[]
): CommentRequest[] {
  const first = paragraphs.findIndex((p) => !p.part && p.text.trim() !== "");
  const whole = (paragraph: number, text: string): CommentRequest => ({
    paragraph,
    start: 0,
    end: paragraphs[paragraph]!.text.length,
    expected: paragraphs[paragraph]!.text,
    text,
  });
  return findings.flatMap((f): CommentRequest[] => {
    const paragraph = paragraphs[f.paragraph];
    if (!paragraph) return [];
    if (paragraph.part) return first < 0 ? [] : [whole(first, commentText(f, true))];
    if (f.start === f.end) return paragraph.text === "" ? [] : [whole(f.paragraph, commentText(f))];
    return [
      {
        paragraph: f.paragraph,
        start: f.start,
        end: f.end,
        expected: f.text,
        text: commentText(f),
      },
    ];
  });
}
