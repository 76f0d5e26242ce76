import { requirementsLabel } from "../../requirements/inForce";
import { sectionName } from "../sections";
import type { CheckContext, Finding, Rule } from "../types";

/** Text as compared: no spaces, no quotation marks (“树立和践行正确政绩观”学习教育 counts). */
const plain = (text: string) => text.replace(/[\s“”‘’"'《》「」]/g, "");

/** The paragraphs a section found in the document spans: a numbered one to the next top heading. */
function sectionSpan(context: CheckContext, id: string): [number, number] | undefined {
  const report = context.sections.find((s) => s.id === id);
  if (report?.paragraph === undefined || report.status === "missing") return undefined;
  const start = report.paragraph;
  const kind = context.type.sections.find((s) => s.id === id)?.kind;
  if (kind !== "numbered") return [start, start + 1];
  const next = context.outline.headings.find((h) => h.level === 1 && h.paragraph > start);
  return [start, next?.paragraph ?? context.paragraphs.length];
}

function mentions(context: CheckContext, [from, to]: [number, number], phrases: readonly string[]) {
  const wanted = phrases.map(plain);
  return context.paragraphs
    .slice(from, to)
    .some((p) => wanted.some((phrase) => plain(p.text).includes(phrase)));
}

/**
 * A topic the organisation's notice requires is not mentioned in its section. A section not found
 * is left to 缺少必备部分; a topic written in another section is said to be there.
 */
export const requiredTopic: Rule = {
  id: "required-topic",
  meta: {
    title: "缺少要求写到的内容",
    kind: "content",
    severity: "error",
    fixable: false,
    messages: {},
  },
  check: (context) => {
    const { type } = context;
    if (!type.publishedBy || !type.requiredTopics) return [];
    const label = requirementsLabel(type.publishedBy);
    return type.requiredTopics.flatMap((topic): Finding[] => {
      const span = sectionSpan(context, topic.section);
      if (!span || mentions(context, span, topic.phrases)) return [];
      const section = type.sections.find((s) => s.id === topic.section)!;
      const elsewhere = context.sections.find((s) => {
        const other = s.id === topic.section ? undefined : sectionSpan(context, s.id);
        return other !== undefined && mentions(context, other, topic.phrases);
      });
      const heading = context.paragraphs[span[0]]!.text;
      return [
        {
          rule: requiredTopic.id,
          severity: requiredTopic.meta.severity,
          paragraph: span[0],
          start: 0,
          end: heading.length,
          text: heading,
          message:
            `${label}：${sectionName(section)}应写到“${topic.name}”` +
            (elsewhere
              ? `，文中写在了“${sectionName(elsewhere)}”部分。`
              : `，这一部分中没有找到（${topic.phrases.map((p) => `“${p}”`).join("或")}）。`),
        },
      ];
    });
  },
};
