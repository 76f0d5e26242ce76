// The whole check of a synthetic 300-page report, against the floor of one regular-expression pass.
import { FormulationMatcher } from "../../src/core/formulation";
import { checkDocument } from "../../src/core/check/check";
import { findTypos } from "../../src/core/check/rules/typo";
import type { DocParagraph } from "../../src/core/document";
import { bodyParagraph } from "../../src/core/document";
import { toChineseNumeral } from "../../src/core/numerals";
import { renderTemplate } from "../../src/core/render";
import { TOPICS } from "../../src/content/topics";
import { measureInTurns, percentile, report } from "./measure";

const VALUES = {
  unit: "市统计局",
  year: "2025",
  superior: "市直机关工委",
  studyCount: "12",
  meetingCount: "6",
  lectureCount: "4",
  partyDayCount: "12",
  newMemberCount: "2",
  trainingCount: "150",
  talkCount: "80",
  warningCount: "3",
  ideologyCount: "2",
};

/**
 * About 3,000 paragraphs and 300,000 characters, shaped like a long report: 一、主要工作 with
 * topics （一）… and run-in items 1. 2. …, then 存在问题 and 工作打算; the bodies are our own topic
 * paragraphs, and one paragraph in forty has a blank left in it.
 */
export function syntheticReport(): DocParagraph[] {
  const texts = [
    "市统计局2025年党建工作总结",
    "2025年，局党组坚持以党建引领业务发展。现将全年工作总结如下：",
  ];
  const bodies = TOPICS.flatMap((t) => t.paragraphs.map((p) => renderTemplate(p, VALUES)));
  let n = 0;
  const body = () => {
    n++;
    let text = bodies[(n * 7) % bodies.length]!;
    while (text.length < 60) text += text;
    return n % 40 === 0 ? `全年开展学习XX次，${text}` : text;
  };
  const section = (heading: string, topics: number, items: number) => {
    texts.push(heading);
    for (let t = 1; t <= topics; t++) {
      texts.push(`（${toChineseNumeral(t)}）第${toChineseNumeral(t)}方面的工作`);
      for (let i = 1; i <= items; i++) texts.push(`${i}.抓好第${i}项任务。${body()}`, body());
    }
  };
  section("一、2025年主要工作", 95, 14);
  section("二、存在的问题和不足", 6, 6);
  section("三、2026年工作打算", 12, 6);
  return texts.map(bodyParagraph);
}

/** One pass of a pattern over every paragraph. */
function regexPass(paragraphs: readonly DocParagraph[], pattern: RegExp): () => number {
  return () => {
    let n = 0;
    for (const p of paragraphs) n += p.text.match(pattern)?.length ?? 0;
    return n;
  };
}

export function benchCheck(): void {
  const paragraphs = syntheticReport();
  const chars = paragraphs.reduce((n, p) => n + p.text.length, 0);
  // The floor reads every character, as a check must; a literal search, which skips most of them,
  // is shown beside it.
  const canonical = new FormulationMatcher();
  const compare = () => paragraphs.reduce((n, p) => n + canonical.find(p.text).length, 0);
  const typos = () => findTypos(paragraphs).length;
  const [check, floor, literal, matcher, typo] = measureInTurns(100, [
    () => checkDocument(paragraphs),
    regexPass(paragraphs, /[#＊〔]/g),
    regexPass(paragraphs, /某某|XX/g),
    compare,
    typos,
  ]);
  const findings = checkDocument(paragraphs).findings.length;
  report(
    `check of a synthetic report (${paragraphs.length} paragraphs, ${chars} characters, ${findings} findings)`,
    check!,
    "target < 50 ms median"
  );
  const ratio = (times: readonly number[]) =>
    (percentile(check!, 50) / percentile(times, 50)).toFixed(1);
  report(
    "  floor: one regular-expression pass that reads every character, /[#＊〔]/g",
    floor!,
    `check is ${ratio(floor!)}× this; target ≤ 10×`
  );
  report(
    "  for comparison: one pass for a literal, /某某|XX/g, which skips most characters",
    literal!,
    `check is ${ratio(literal!)}× this`
  );
  const share = ((100 * percentile(matcher!, 50)) / percentile(check!, 50)).toFixed(0);
  report(
    "  of which the comparison with canonical wordings (lists, fixed phrases, titles)",
    matcher!,
    `${share}% of the check`
  );
  const typoShare = ((100 * percentile(typo!, 50)) / percentile(check!, 50)).toFixed(0);
  report(
    "  of which the 错别字 rule (wrong forms, one-character slips, 截止/的得)",
    typo!,
    `${typoShare}% of the check`
  );
  // The same text pasted as one paragraph, as text from a web page arrives: time must stay in
  // proportion.
  const pasted = [bodyParagraph(paragraphs.map((p) => p.text).join(""))];
  const [oneParagraph] = measureInTurns(10, [() => checkDocument(pasted)]);
  report(
    `  the same ${chars} characters pasted as one paragraph`,
    oneParagraph!,
    `${(percentile(oneParagraph!, 50) / percentile(check!, 50)).toFixed(1)}× the paragraphed check; near 1× when nothing grows with the square of a paragraph`
  );
}
