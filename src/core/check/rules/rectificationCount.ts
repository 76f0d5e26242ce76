import type { Finding, Rule } from "../types";
import type { CheckContext } from "../types";
import type { PartSpan } from "../reviewParts";
import { headingIsAspect, ordinalCount, partItems, partSpan } from "../reviewParts";

/** How many items a part lists: its sub-headings, or with none, its 一是、二是… */
function itemCount(context: CheckContext, span: PartSpan, ownHeadingIsItem: boolean): number {
  const items = partItems(context, span, ownHeadingIsItem).length;
  return items > 0 ? items : ordinalCount(context, span);
}

/**
 * Each problem has its 整改 item: fewer items under 整改措施 than problems under 对照检查情况
 * means some problem has none. Counted only where both parts list their items.
 */
export const rectificationCount: Rule = {
  id: "rectification-count",
  meta: {
    title: "整改措施少于查摆的问题",
    kind: "structure",
    severity: "warning",
    fixable: false,
    messages: {},
  },
  check: (context) => {
    const problems = partSpan(context, "comparison");
    const remedies = partSpan(context, "rectification");
    if (!problems || !remedies) return [];
    const found = itemCount(context, problems, headingIsAspect(context, problems));
    const planned = itemCount(context, remedies, false);
    if (found === 0 || planned === 0 || planned >= found) return [];
    const heading = context.paragraphs[remedies.start]!.text;
    const finding: Finding = {
      rule: rectificationCount.id,
      severity: rectificationCount.meta.severity,
      paragraph: remedies.start,
      start: 0,
      end: heading.length,
      text: heading,
      message: `对照检查情况列出${found}个方面的问题，整改措施只有${planned}条。请核对每个问题都有对应的整改措施。`,
    };
    return [finding];
  },
};
