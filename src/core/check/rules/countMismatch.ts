import type { Finding, Rule } from "../types";

/**
 * A total stated as such: a word for "all of it" right before the verb, then what was done and how
 * many times, in either order (全年召开党组会议12次 / 共召开12次党组会议). Only totals are
 * compared: a branch's or a month's count may differ from the year's without being wrong.
 */
const TOTAL = "(全年|全年共|共|累计|全局共|合计|总计|一年来共|一年来)";
const VERB = "(召开|开展|举办|组织|发展|培训|走访|慰问|参加)";
const UNIT = "(次|场|期|名|人次|人|批)";
const OBJECT = "([\\u4e00-\\u9fa5“”]{0,14}?)";
const OBJECT_FIRST = new RegExp(`${TOTAL}${VERB}${OBJECT}\\s*(\\d+)\\s*${UNIT}`, "g");
const NUMBER_FIRST = new RegExp(
  `${TOTAL}${VERB}\\s*(\\d+)\\s*${UNIT}([\\u4e00-\\u9fa5“”]{2,14}?)(?=[，。；、：,.;]|$)`,
  "g"
);
/** Words that make a count a plan or a part, not the year's total. */
const NOT_A_TOTAL = /计划|拟|将|预计|力争|其中|以上|左右|约|近|超过|不少于/;

interface Statement {
  paragraph: number;
  start: number;
  text: string;
  key: string;
  count: number;
}

/**
 * What both patterns hold: a count and its unit. Most paragraphs have none and are passed over on
 * this alone.
 */
const COUNT = /\d\s*(?:次|场|期|名|人次|人|批)/;

function statementsIn(text: string, paragraph: number): Statement[] {
  const found: Statement[] = [];
  if (!COUNT.test(text)) return found;
  const add = (m: RegExpMatchArray, verb: string, object: string, count: string, unit: string) => {
    const clause = text.slice(text.lastIndexOf("，", m.index!) + 1, m.index! + m[0].length);
    if (NOT_A_TOTAL.test(clause)) return;
    found.push({
      paragraph,
      start: m.index!,
      text: m[0],
      key: `${verb}|${object.replace(/^了/, "")}|${unit}`,
      count: Number(count),
    });
  };
  // 召开12次党组会议 is read with its object, not also as a bare 召开12次.
  for (const m of text.matchAll(NUMBER_FIRST)) add(m, m[2]!, m[5]!, m[3]!, m[4]!);
  const taken = new Set(found.map((s) => s.start));
  for (const m of text.matchAll(OBJECT_FIRST))
    if (!taken.has(m.index!)) add(m, m[2]!, m[3]!, m[4]!, m[5]!);
  return found;
}

/**
 * The same total stated twice with different numbers (全年召开党组会议12次 … 共召开党组会议11次):
 * one of them is wrong. The plans for next year are left out: their numbers are targets.
 */
export const countMismatch: Rule = {
  id: "count-mismatch",
  meta: {
    title: "数字前后不一致",
    kind: "content",
    severity: "warning",
    fixable: false,
    messages: {},
  },
  check: ({ paragraphs, sections }) => {
    const plans =
      sections.find((s) => s.id === "plans" && s.paragraph !== undefined)?.paragraph ??
      paragraphs.length;
    const first = new Map<string, Statement>();
    const findings: Finding[] = [];
    for (let i = 0; i < Math.min(plans, paragraphs.length); i++) {
      for (const s of statementsIn(paragraphs[i]!.text, i)) {
        const earlier = first.get(s.key);
        if (!earlier) first.set(s.key, s);
        else if (earlier.count !== s.count) {
          findings.push({
            rule: countMismatch.id,
            severity: countMismatch.meta.severity,
            paragraph: s.paragraph,
            start: s.start,
            end: s.start + s.text.length,
            text: s.text,
            message: `这里写“${s.text}”，前面（第 ${earlier.paragraph + 1} 段）写“${earlier.text}”，数字不一致，请核实。`,
          });
        }
      }
    }
    return findings;
  },
};
