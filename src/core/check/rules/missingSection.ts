import { requirementsLabel } from "../../requirements/inForce";
import { sectionPlace } from "../placeSection";
import { sectionName } from "../sections";
import type { Finding, Rule } from "../types";

/** A required section of the document type is absent or has nothing in it. */
export const missingSection: Rule = {
  id: "missing-section",
  title: "缺少必备部分",
  severity: "error",
  check: (context) =>
    context.sections
      .filter((s) => s.required && s.status !== "present")
      .map((s): Finding => {
        // A missing section is reported where it would be inserted: at the end of the paragraph it follows.
        const place = s.paragraph === undefined ? sectionPlace(context, s.id) : undefined;
        const at = s.paragraph ?? place?.paragraph ?? 0;
        const text = context.paragraphs[at]?.text ?? "";
        const point = place && !place.fill ? text.length : 0;
        const name = sectionName(s);
        const empty = s.status === "empty";
        // A title in a text box is invisible to a host that cannot read text boxes: say so, as a suggestion.
        const unseen = !empty && s.id === "title" && context.limits.textBoxesUnread === true;
        return {
          rule: missingSection.id,
          severity: unseen ? "warning" : missingSection.severity,
          paragraph: at,
          start: empty ? 0 : point,
          end: empty ? text.length : point,
          text: empty ? text : "",
          section: s.id,
          message: empty
            ? `“${name}”部分没有内容。`
            : unseen
              ? `没有找到“${name}”。如果标题放在文本框中，这里读不到文本框，可忽略本条；否则请补上${name}。`
              : context.type.publishedBy
                ? `${requirementsLabel(context.type.publishedBy)}：${context.type.name}应有“${name}”部分，文中没有。`
                : `缺少“${name}”部分（${context.type.name}必备）。`,
        };
      }),
};
