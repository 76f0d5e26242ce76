import type { Finding, Rule } from "../types";

// No lookbehind: older macOS webviews cannot parse one. A digit right before is checked by hand.
const YEAR = /(20\d{2})(?=\s*年)/g;

function yearsIn(text: string): Array<{ year: number; start: number }> {
  return [...text.matchAll(YEAR)]
    .filter((m) => !/\d/.test(text[m.index! - 1] ?? ""))
    .map((m) => ({ year: Number(m[1]), start: m.index! }));
}

function finding(
  paragraph: number,
  written: { year: number; start: number },
  wanted: number,
  message: string
): Finding {
  const { start } = written;
  return {
    rule: year.id,
    severity: year.meta.severity,
    paragraph,
    start,
    end: start + 4,
    text: String(written.year),
    fix: String(wanted),
    message,
  };
}

/**
 * Years that contradict the report year, taken from the title (or, with no title, from the
 * main-work heading): the plan heading must name the next year, the main-work heading the
 * report year, and an opening that names years must name the report year.
 */
export const year: Rule = {
  id: "year",
  meta: {
    title: "年份前后不一致",
    kind: "content",
    severity: "error",
    fixable: true,
    messages: {},
  },
  check: ({ paragraphs, outline, sections }) => {
    const at = (id: string) =>
      sections.find((s) => s.id === id && s.status !== "missing")?.paragraph;
    const mainWork = at("main-work");
    const source = outline.title ?? mainWork;
    const reportYear =
      source === undefined ? undefined : yearsIn(paragraphs[source]!.text)[0]?.year;
    if (reportYear === undefined) return [];
    const found: Finding[] = [];
    const expect = (
      paragraph: number | undefined,
      wanted: number,
      message: (written: number) => string
    ) => {
      if (paragraph === undefined || paragraph === outline.title) return;
      const first = yearsIn(paragraphs[paragraph]!.text.slice(0, 30))[0];
      if (first && first.year !== wanted)
        found.push(finding(paragraph, first, wanted, message(first.year)));
    };
    expect(
      mainWork,
      reportYear,
      (written) =>
        `主要工作的标题写的是${written}年，与标题中的${reportYear}年不一致，应为${reportYear}年。`
    );
    expect(
      at("plans"),
      reportYear + 1,
      (written) =>
        `工作打算的标题写的是${written}年。报告总结的是${reportYear}年的工作，打算应写下一年，即${reportYear + 1}年。`
    );
    if (outline.opening !== undefined) {
      const years = yearsIn(paragraphs[outline.opening]!.text);
      const first = years[0];
      if (first && !years.some((y) => y.year === reportYear)) {
        const message = `开头写的是${first.year}年，与标题中的${reportYear}年不一致，请核实。`;
        found.push({
          ...finding(outline.opening, first, reportYear, message),
          severity: "warning",
        });
      }
    }
    return found;
  },
};
