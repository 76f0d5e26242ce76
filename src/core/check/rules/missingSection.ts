import { sectionName } from "../sections";
import type { Finding, Rule } from "../types";

/** A required section of the document type is absent or has nothing in it. */
export const missingSection: Rule = {
  id: "missing-section",
  title: "缺少必备部分",
  severity: "error",
  check: ({ paragraphs, type, sections }) =>
    sections
      .filter((s) => s.required && s.status !== "present")
      .map((s): Finding => {
        const at = s.paragraph ?? 0;
        const text = paragraphs[at]?.text ?? "";
        const name = sectionName(s);
        const empty = s.status === "empty";
        return {
          rule: missingSection.id,
          severity: missingSection.severity,
          paragraph: at,
          start: 0,
          end: empty ? text.length : 0,
          text: empty ? text : "",
          section: s.id,
          message: empty ? `“${name}”部分没有内容。` : `缺少“${name}”部分（${type.name}必备）。`,
        };
      }),
};
