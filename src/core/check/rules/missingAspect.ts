import type { Finding, Rule } from "../types";
import type { CheckContext } from "../types";
import { partSpan } from "../reviewParts";

/**
 * The 年度 a material names in its title or opening (2025年度): the year's aspects hold for that
 * year only.
 */
function namedYear({ paragraphs, outline }: CheckContext): number | undefined {
  for (const at of [outline.title, outline.opening]) {
    const m = at === undefined ? null : /(20\d{2})\s*年度/.exec(paragraphs[at]!.text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * A heading's words or a paragraph's first sentence: where an aspect is named when it is addressed.
 */
function openingWords(text: string): string {
  const stop = text.search(/[。；]/);
  return stop === -1 ? text : text.slice(0, stop);
}

/**
 * Every aspect the year's notice names is addressed in 对照检查情况: a heading or a paragraph's
 * first sentence there names it. Only for a theme whose aspects the notice requires, and only when
 * the material names that year's 年度.
 */
export const missingAspect: Rule = {
  id: "missing-aspect",
  meta: {
    title: "缺少重点对照的方面",
    kind: "structure",
    severity: "warning",
    fixable: false,
    messages: {},
  },
  check: (context) => {
    const theme = context.type.theme;
    if (!theme?.aspectsRequired) return [];
    // A material that does not name the year's 年度 may be for another meeting (巡视整改专题民主生
    // 活会).
    if (namedYear(context) !== theme.year) return [];
    const span = partSpan(context, "comparison");
    if (!span) return [];
    const said = context.paragraphs
      .slice(span.start, span.end)
      .map((p) => openingWords(p.text))
      .join("\n");
    // At the end of the part's heading, with no text: each missing aspect is ignored on its own.
    const end = context.paragraphs[span.start]!.text.length;
    return theme.aspects
      .filter((a) => !a.words.some((w) => said.includes(w)))
      .map((a): Finding => ({
        rule: missingAspect.id,
        severity: missingAspect.meta.severity,
        paragraph: span.start,
        start: end,
        end,
        text: "",
        message: `对照检查情况中没有找到“${a.name}”方面。${theme.year}年度${theme.meeting}要求对照这一方面查摆问题，可加一个小标题“${a.heading}”。`,
      }));
  },
};
