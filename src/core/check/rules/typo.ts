import type { TypoChecker } from "../../typo";
import { shippedTypoChecker } from "../../typo/shipped";
import type { Finding, Rule } from "../types";

let shared: TypoChecker | undefined;

/** Typo findings in paragraphs; tests may pass a checker built from other data. */
export function findTypos(
  paragraphs: ReadonlyArray<{ text: string }>,
  checker = (shared ??= shippedTypoChecker())
): Finding[] {
  const found: Finding[] = [];
  paragraphs.forEach(({ text }, paragraph) => {
    for (const m of checker.find(text)) {
      found.push({
        rule: typo.id,
        severity: m.tier === 4 ? "warning" : "error",
        message: m.message,
        paragraph,
        start: m.start,
        end: m.end,
        text: m.text,
        fix: m.fix,
        ...(m.source ? { data: { citation: m.source } } : {}),
      });
    }
  });
  return found;
}

/**
 * 错别字: forms that are never correct, one-character slips from fixed expressions, 提法 and the
 * words of Party work (same sound or similar shape, where the slip is not itself a word), and a
 * few confusions unmistakable in context (截止/截至, 的/得) as warnings.
 */
export const typo: Rule = {
  id: "typo",
  meta: {
    title: "错别字",
    kind: "content",
    severity: "error",
    fixable: true,
    remedy: "allow-word",
    // Its messages come from the typo checker (core/typo), one for each kind of slip.
    messages: {},
    parts: true,
  },
  check: ({ paragraphs }) => findTypos(paragraphs),
};
