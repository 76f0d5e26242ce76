import type { Finding, Rule } from "./types";

/**
 * Findings for every match in every paragraph (tables included) of the global pattern `patternFor`
 * gives that paragraph; a paragraph given none is skipped.
 */
export function matchAll(
  rule: Pick<Rule, "id" | "severity">,
  paragraphs: ReadonlyArray<{ text: string }>,
  patternFor: (paragraph: number) => RegExp | undefined,
  describe: (match: RegExpExecArray) => { message: string; fix?: string } | undefined,
): Finding[] {
  const found: Finding[] = [];
  paragraphs.forEach((p, paragraph) => {
    const re = patternFor(paragraph);
    if (!re) return;
    if (!re.global) throw new Error(`matchAll needs a global pattern: ${re.source}`);
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
