import type { Finding, Rule } from "./types";

/** Findings for every match of a pattern in every paragraph (tables included). */
export function matchAll(
  rule: Pick<Rule, "id" | "severity">,
  paragraphs: ReadonlyArray<{ text: string }>,
  pattern: RegExp,
  describe: (match: RegExpExecArray) => { message: string; fix?: string } | undefined,
): Finding[] {
  const found: Finding[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  paragraphs.forEach((p, paragraph) => {
    re.lastIndex = 0;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      if (m[0] === "") {
        re.lastIndex++;
        continue;
      }
      const described = describe(m);
      if (described) found.push({ rule: rule.id, severity: rule.severity, paragraph, start: m.index, end: m.index + m[0].length, text: m[0], ...described });
    }
  });
  return found;
}
