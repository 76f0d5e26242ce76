import type { DocumentTypeDef } from "../../../content/types";
import type { SectionReport } from "../sections";
import type { Finding, Rule } from "../types";

/** A required section of the document type is absent or has nothing in it (from the sections found once per check). */
export function missingSection(type: DocumentTypeDef, sections: readonly SectionReport[]): Rule {
  const rule: Rule = {
    id: "missing-section",
    title: "缺少必备部分",
    severity: "error",
    check: ({ paragraphs }) =>
      sections
        .filter((s) => s.required && s.status !== "present")
        .map((s): Finding => {
          const at = s.paragraph ?? 0;
          const text = paragraphs[at]?.text ?? "";
          const name = s.title.replace(/\{\w+\}/g, "");
          return {
            rule: rule.id,
            severity: rule.severity,
            paragraph: at,
            start: 0,
            end: s.status === "empty" ? text.length : 0,
            text: s.status === "empty" ? text : "",
            message: s.status === "empty" ? `“${name}”部分没有内容。` : `缺少“${name}”部分（${type.name}必备）。`,
          };
        }),
  };
  return rule;
}
