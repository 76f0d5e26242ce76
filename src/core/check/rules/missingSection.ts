import { requirementsLabel } from "../../requirements/inForce";
import { sectionPlace } from "../placeSection";
import { sectionName } from "../sections";
import { say } from "../say";
import type { Finding, Rule } from "../types";

const MESSAGES = {
  empty: "“{{name}}”部分没有内容。",
  unseen:
    "没有找到“{{name}}”。如果标题放在文本框中，这里读不到文本框，可忽略本条；否则请补上{{name}}。",
  missing: "缺少“{{name}}”部分（{{type}}必备）。",
  /** A type an organisation published: the finding names its notice. */
  published: "{{notice}}：{{type}}应有“{{name}}”部分，文中没有。",
};

/** A required section of the document type is absent or has nothing in it. */
export const missingSection: Rule = {
  id: "missing-section",
  meta: {
    title: "缺少必备部分",
    kind: "structure",
    severity: "error",
    fixable: false,
    remedy: "add-section",
    messages: MESSAGES,
  },
  check: (context) =>
    context.sections
      .filter((s) => s.required && s.status !== "present")
      .map((s): Finding => {
        // A missing section is reported where it would be inserted: at the end of the paragraph it
        // follows.
        const place = s.paragraph === undefined ? sectionPlace(context, s.id) : undefined;
        const at = s.paragraph ?? place?.paragraph ?? 0;
        const text = context.paragraphs[at]?.text ?? "";
        const point = place && !place.fill ? text.length : 0;
        const name = sectionName(s);
        const empty = s.status === "empty";
        // A title in a text box is invisible to a host that cannot read text boxes: say so, as a
        // suggestion.
        const unseen = !empty && s.id === "title" && context.limits.textBoxesUnread === true;
        return {
          rule: missingSection.id,
          severity: unseen ? "warning" : missingSection.meta.severity,
          paragraph: at,
          start: empty ? 0 : point,
          end: empty ? text.length : point,
          text: empty ? text : "",
          data: { section: s.id },
          message: say(
            MESSAGES[
              empty
                ? "empty"
                : unseen
                  ? "unseen"
                  : context.type.publishedBy
                    ? "published"
                    : "missing"
            ],
            {
              name,
              type: context.type.name,
              notice: context.type.publishedBy ? requirementsLabel(context.type.publishedBy) : "",
            }
          ),
        };
      }),
};
