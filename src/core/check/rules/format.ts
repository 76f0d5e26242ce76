import type { LayoutRole, LayoutSpec } from "../../../content/layout";
import { appliedFont } from "../../layout/fonts";
import type { Property } from "../../layout/deviations";
import { pageDeviations, paragraphDeviations } from "../../layout/deviations";
import { linePitchTwips } from "../../layout/geometry";
import { layoutRoles } from "../../layout/roles";
import type { Finding, Rule } from "../types";

const SIZE_NAMES: Record<number, string> = {
  22: "二号",
  16: "三号",
  14: "四号",
  15: "小三",
  18: "小二",
  12: "小四",
};
const ALIGNMENT_WANTED = {
  left: "顶格左对齐",
  center: "居中",
  right: "右对齐",
  justify: "两端对齐",
} as const;
const MAX_PLACES = 5;

interface Group {
  role: LayoutRole;
  property: Property;
  paragraphs: number[];
  actual: Set<string>;
}

/** 第 3、5、8 段等 */
function places(paragraphs: readonly number[]): string {
  const shown = paragraphs
    .slice(0, MAX_PLACES)
    .map((p) => p + 1)
    .join("、");
  return `第 ${shown} 段${paragraphs.length > MAX_PLACES ? "等" : ""}`;
}

function message(spec: LayoutSpec, group: Group): string {
  const role = spec.roles[group.role];
  const count = group.paragraphs.length;
  const where = places(group.paragraphs);
  const now = [...group.actual].slice(0, 3).join("、");
  switch (group.property) {
    case "font": {
      const want =
        appliedFont(role) === role.font ? role.font : `${role.font}（或${appliedFont(role)}）`;
      return `${role.name}有 ${count} 段字体不是${want}：${where}，现为${now}。`;
    }
    case "size":
      return `${role.name}有 ${count} 段字号不是${SIZE_NAMES[role.sizePt] ?? ""}（${role.sizePt} 磅）：${where}，现为 ${now}。`;
    case "alignment":
      return `${role.name}应${ALIGNMENT_WANTED[role.alignment!]}，有 ${count} 段不是：${where}，现为${now}。`;
    case "indent":
      return role.indentChars === 0
        ? `${role.name}应顶格，有 ${count} 段有缩进：${where}。`
        : `${role.name}应首行缩进 ${role.indentChars} 字，有 ${count} 段不是：${where}，现为${now}。`;
    case "lines":
      return `有 ${count} 段的行距使一页排 ${now.replace(/每页 /g, "")}，应为每页 ${spec.linesPerPage} 行（固定值 ${linePitchTwips(spec) / 20} 磅或文档网格）：${where}。`;
  }
}

/**
 * The layout of GB/T 9704 (公文格式): per role, what departs from it, summarised into one finding
 * per role and property that points at the first example; then the page setup and page numbers.
 * Runs only when the caller passes a layout (the pane always, the command line with
 * --format-check).
 */
export const format: Rule = {
  id: "format",
  meta: {
    title: "公文格式",
    kind: "layout",
    severity: "warning",
    // Settled by 一键排版, not by a fix on the text.
    fixable: false,
    messages: {},
  },
  check: ({ paragraphs, outline, layout }) => {
    if (!layout || paragraphs.length === 0) return [];
    const { spec, page } = layout;
    const roles = layoutRoles(paragraphs, outline);
    const groups = new Map<string, Group>();
    roles.forEach((plan, i) => {
      if (!plan) return;
      for (const d of paragraphDeviations(spec, paragraphs[i]!, plan, page)) {
        const key = d.property === "lines" ? "lines" : `${plan.role}:${d.property}`;
        const group = groups.get(key) ?? {
          role: plan.role,
          property: d.property,
          paragraphs: [],
          actual: new Set<string>(),
        };
        group.paragraphs.push(i);
        group.actual.add(d.actual);
        groups.set(key, group);
      }
    });
    const findings: Finding[] = [...groups.values()].map((group) => {
      const first = group.paragraphs[0]!;
      const text = paragraphs[first]!.text;
      return {
        rule: format.id,
        severity: format.meta.severity,
        message: message(spec, group),
        paragraph: first,
        start: 0,
        end: text.length,
        text,
      };
    });
    const at = outline.title ?? 0;
    for (const sentence of page ? pageDeviations(spec, page) : []) {
      findings.push({
        rule: format.id,
        severity: format.meta.severity,
        message: sentence,
        paragraph: at,
        start: 0,
        end: 0,
        text: "",
      });
    }
    return findings;
  },
};
