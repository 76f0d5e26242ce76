import { BLANK } from "../../../content/fields";
import type { Finding, Rule } from "../types";
import type { CheckContext } from "../types";
import { headingIsAspect, partSpan } from "../reviewParts";

/** Words that put a problem softly: 有时、有所、不够、有待… */
const HEDGE = /还不够|不够|有时|有所|有待|不到位|不深|不强|不高|不足|欠缺|差距|偶尔|一定程度/;

/**
 * A concrete element: a number, a date or time of year, a document's name, a counted matter
 * (两次、三项), an example brought in by 比如, a named matter (……项目、……工程) or occasion
 * (在推进……时、在处理……过程中).
 */
const CONCRETE = new RegExp(
  [
    "[0-9０-９]",
    "[一二两三四五六七八九十百千万]+(?:次|项|件|个月|名|人次|人|篇|条|场|期|份|家|户|元|天|周)",
    "[一二三四五六七八九十]+月|上半年|下半年|年初|年底|年中|季度",
    "《|比如|例如|譬如",
    "[\\u4e00-\\u9fa5]{2,}(?:项目|工程|专项|案件|事件|平台|信访)",
    "在[^，。；]{3,20}(?:时|期间|过程中)",
  ].join("|")
);

/** 一是、二是… at a paragraph's start: where problems written without headings begin. */
const ITEM_START = /^\s*[一二三四五六七八九十]{1,2}是/;

interface Block {
  /** Paragraph indexes, in order. */
  paragraphs: number[];
}

/**
 * The problems of 对照检查情况, each with its paragraphs: what each heading inside the part covers;
 * with no headings, what each 一是、二是 paragraph covers. An introduction before the first item is
 * no problem of its own.
 */
function problemBlocks(context: CheckContext, start: number, end: number, own: boolean): Block[] {
  const headings = new Set(
    context.outline.headings
      .filter((h) => h.paragraph > start && h.paragraph < end)
      .map((h) => h.paragraph)
  );
  const opens = (i: number) =>
    headings.size > 0 ? headings.has(i) : ITEM_START.test(context.paragraphs[i]!.text);
  // With no heading of its own, the part starts at its first aspect: that heading opens a problem
  // too.
  const blocks: Block[] = own ? [{ paragraphs: [start] }] : [];
  for (let i = start + 1; i < end; i++) {
    if (opens(i)) blocks.push({ paragraphs: [i] });
    else blocks[blocks.length - 1]?.paragraphs.push(i);
  }
  return blocks;
}

/**
 * A problem in 对照检查情况 told only in soft general words, with no fact anywhere in what its
 * heading covers: a suggestion to add one. A problem with any number, date, named document or
 * example is left alone; so is one still holding a blank.
 */
export const vagueProblem: Rule = {
  id: "vague-problem",
  meta: {
    title: "问题写得不具体",
    kind: "content",
    severity: "warning",
    fixable: false,
    messages: {},
  },
  check: (context) => {
    const span = partSpan(context, "comparison");
    if (!span) return [];
    const findings: Finding[] = [];
    for (const block of problemBlocks(
      context,
      span.start,
      span.end,
      headingIsAspect(context, span)
    )) {
      const texts = block.paragraphs.map((i) => context.paragraphs[i]!.text);
      const all = texts.join("\n");
      if (CONCRETE.test(all) || all.includes(BLANK)) continue;
      const at = texts.findIndex((t) => HEDGE.test(t));
      if (at === -1) continue;
      const m = HEDGE.exec(texts[at]!)!;
      findings.push({
        rule: vagueProblem.id,
        severity: vagueProblem.meta.severity,
        paragraph: block.paragraphs[at]!,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        message: `这一条问题只用“${m[0]}”这类概括的说法，没有具体事例（时间、数字、具体的事）。可补上一件具体的事，把问题说实。`,
      });
    }
    return findings;
  },
};
