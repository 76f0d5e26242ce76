import { characterCount } from "../../characterCount";
import { requirementsLabel } from "../../requirements/inForce";
import type { Rule } from "../types";

/**
 * The body's 字数 is outside the range the organisation's notice sets (counted as the pane counts
 * it).
 */
export const lengthRange: Rule = {
  id: "length-range",
  meta: {
    title: "字数不合要求",
    kind: "structure",
    severity: "warning",
    fixable: false,
    messages: {},
  },
  check: (context) => {
    const { type, paragraphs, outline } = context;
    const range = type.lengthRange;
    if (!type.publishedBy || !range) return [];
    const count = characterCount(paragraphs);
    // An empty document is told to start from a template, not that it is short.
    if (count === 0) return [];
    const { min, max } = range;
    const short = min !== undefined && count < min;
    const long = max !== undefined && count > max;
    if (!short && !long) return [];
    const wanted =
      min !== undefined && max !== undefined
        ? `${min} 至 ${max} 字`
        : min !== undefined
          ? `不少于 ${min} 字`
          : `不超过 ${max} 字`;
    const off = short ? `少 ${min! - count} 字` : `多 ${count - max!} 字`;
    const at = outline.title ?? 0;
    return [
      {
        rule: lengthRange.id,
        severity: lengthRange.meta.severity,
        paragraph: at,
        start: 0,
        end: 0,
        text: "",
        message: `${requirementsLabel(type.publishedBy)}：正文${wanted}，现为 ${count} 字（${off}）。`,
      },
    ];
  },
};
