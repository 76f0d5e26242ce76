import type { Finding, Rule } from "./types";

/**
 * Findings for every match in every paragraph (tables included) of the global pattern `patternFor`
 * gives that paragraph; a paragraph given none is skipped.
 */
export function matchAll(
  rule: Pick<Rule, "id" | "meta">,
  paragraphs: ReadonlyArray<{ text: string }>,
  patternFor: (paragraph: number) => RegExp | undefined,
  describe: (match: RegExpExecArray) => { message: string; fix?: string } | undefined
): Finding[] {
  const found: Finding[] = [];
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const re = patternFor(paragraph);
    if (!re) continue;
    if (!re.global) throw new Error(`matchAll needs a global pattern: ${re.source}`);
    const { text } = paragraphs[paragraph]!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === "") {
        re.lastIndex++;
        continue;
      }
      const described = describe(m);
      if (described)
        found.push({
          rule: rule.id,
          severity: rule.meta.severity,
          paragraph,
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          ...described,
        });
    }
  }
  return found;
}
