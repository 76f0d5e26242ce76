import type { HeadingNumber } from "../../numbering";
import { formatLike } from "../../numbering";
import { fromChineseNumeral, toChineseNumeral } from "../../numerals";
import type { DocParagraph } from "../../document";
import type { OutlineHeading } from "../../outline";
import type { Finding, Rule } from "../types";

const LEVEL_NAMES = ["", "一级标题", "二级标题", "三级标题", "四级标题"];

/**
 * A wrong automatic number (the 编号 button, a multilevel list): it is not in the text, so there is
 * nothing to replace; the message says how to set it in Word.
 */
function automaticFinding(
  paragraph: number,
  number: HeadingNumber,
  problems: string[],
  severity: Finding["severity"],
  wanted: string
): Finding {
  const how =
    severity === "error"
      ? `这是 Word 自动编号：请右键该编号，选择“设置编号值”改为“${wanted}”，或选择“继续编号”。`
      : "这是 Word 自动编号：请在“开始”选项卡的“编号”或“多级列表”中统一同级编号格式。";
  return {
    rule: "numbering",
    severity,
    paragraph,
    start: 0,
    end: 0,
    text: "",
    message: `自动编号“${number.prefix}”${problems.join("，")}。${how}`,
  };
}

/** Skipped, repeated and reversed numbers, mixed forms within a level, and levels out of order. */
function headingFindings(headings: readonly OutlineHeading[]): Finding[] {
  const found: Finding[] = [];
  /** The last number written at each level since its parent; 0 when the level is not open. */
  const last = new Int32Array(5);
  /** The first form written at each level, across the whole document. */
  const form: Array<HeadingNumber | undefined> = [
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ];
  const closeBelow = (level: number) => last.fill(0, level + 1);
  for (const { paragraph, number, level: styled } of headings) {
    if (!number) {
      closeBelow(styled);
      continue;
    }
    const { level, value, prefix } = number;
    const expected = last[level]! + 1;
    let parent = 0;
    let deeperOpen = false;
    for (let l = 1; l <= 4; l++) {
      if (last[l] === 0) continue;
      if (l < level) parent = l;
      else if (l > level) deeperOpen = true;
    }
    const problems: string[] = [];
    let severity: Finding["severity"] = "warning";
    if (value !== expected) {
      severity = "error";
      if (value === last[level]) problems.push(`与上一个${LEVEL_NAMES[level]}重复`);
      else if (value > expected) problems.push(`跳过了“${formatLike(number, expected)}”`);
      else problems.push(`排在“${formatLike(number, last[level]!)}”之后，顺序颠倒`);
    } else if (last[level] === 0 && deeperOpen) {
      problems.push(`出现在更低一级的编号之后，层级顺序颠倒`);
    }
    if (parent > 0 && level - parent >= 3) problems.push(`跳过了中间的标题层级`);
    const first = (form[level] ??= number);
    if (first.form !== number.form) problems.push(`与同级的“${first.prefix}”写法不一致`);
    if (problems.length > 0 && number.automatic) {
      found.push(
        automaticFinding(
          paragraph,
          number,
          problems,
          severity,
          formatLike(number, severity === "error" ? expected : value)
        )
      );
    } else if (problems.length > 0) {
      const fixValue = severity === "error" ? expected : value;
      const fix = formatLike(first, fixValue);
      found.push({
        rule: "numbering",
        severity,
        paragraph,
        start: number.start,
        end: number.start + prefix.length,
        text: prefix,
        fix: fix !== prefix ? fix : undefined,
        message: `编号“${prefix}”${problems.join("，")}。`,
      });
    }
    last[level] = value;
    closeBelow(level);
  }
  return found;
}

/** 一是、二是… inside running text: each must follow the one before it, between two headings. */
const ENUMERATION = /([一二三四五六七八九十]{1,3})是(?=\S)/g;
/** An enumeration starts a sentence or clause: 统一是… is not one. */
const CLAUSE_START = /[。；：！？\s\u3000]/;

function enumerationFindings(
  paragraphs: readonly DocParagraph[],
  headings: readonly OutlineHeading[]
): Finding[] {
  const found: Finding[] = [];
  let nextHeading = 0;
  let previous = 0;
  paragraphs.forEach((p, paragraph) => {
    if (headings[nextHeading]?.paragraph === paragraph) {
      previous = 0;
      nextHeading++;
    }
    if (!p.text.includes("是")) return;
    for (const m of p.text.matchAll(ENUMERATION)) {
      if (m.index > 0 && !CLAUSE_START.test(p.text[m.index - 1]!)) continue;
      const value = fromChineseNumeral(m[1]!);
      if (Number.isNaN(value)) continue;
      if (value !== 1 && value !== previous + 1 && previous > 0) {
        found.push({
          rule: "numbering",
          severity: "error",
          paragraph,
          start: m.index!,
          end: m.index! + m[0].length,
          text: m[0],
          fix: `${toChineseNumeral(previous + 1)}是`,
          message: `“${m[0]}”接在“${toChineseNumeral(previous)}是”之后，${value === previous ? "序号重复" : "序号不连续"}。`,
        });
      }
      previous = value;
    }
  });
  return found;
}

export const numbering: Rule = {
  id: "numbering",
  meta: {
    title: "序号不连续或不统一",
    kind: "structure",
    severity: "error",
    fixable: true,
    messages: {},
  },
  check: ({ paragraphs, outline }) => [
    ...headingFindings(outline.headings),
    ...enumerationFindings(paragraphs, outline.headings),
  ],
};
