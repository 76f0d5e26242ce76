import { TifaMatcher } from "../../tifa";
import type { Finding, Rule } from "../types";

let shared: TifaMatcher | undefined;

/** Wrong, truncated and outdated formulations, driven by the phrase library's wrong forms. */
export const tifa: Rule = {
  id: "tifa",
  title: "提法不规范",
  severity: "error",
  check: ({ paragraphs }) => {
    const matcher = (shared ??= new TifaMatcher());
    const found: Finding[] = [];
    for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
      for (const match of matcher.find(paragraphs[paragraph]!.text)) {
        found.push({
          rule: tifa.id,
          severity: match.wrong ? "error" : "warning",
          paragraph,
          start: match.start,
          end: match.end,
          text: match.text,
          fix: match.fix,
          message: match.wrong
            ? `“${match.text}”${match.wrong.reason}，规范表述为“${match.fix}”。`
            : `“${match.text}”是历史提法，现行表述为“${match.fix}”；引用原文时可保留。`,
        });
      }
    }
    return found;
  },
};
