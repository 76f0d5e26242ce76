import type { LayoutSpec, RoleLayout } from "../../content/layout";
import type { DocParagraph, PageFormat, ParagraphFormat, TextSpan } from "../document";
import { fontFits } from "./fonts";
import { linesPerPage, mmToPt } from "./geometry";
import type { RolePlan } from "./roles";

/** What of a paragraph's look differs from its role's layout. */
export type Property = "font" | "size" | "alignment" | "indent" | "lines";

export interface LayoutDeviation {
  property: Property;
  /** What the paragraph has, for people: 宋体, 12 磅, 居中, 首行缩进 0 字, 每页 28 行. */
  actual: string;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const ALIGNMENT_NAMES = {
  left: "左对齐",
  center: "居中",
  right: "右对齐",
  justify: "两端对齐",
  distribute: "分散对齐",
} as const;

/** The value most of a stretch's characters have (CJK characters only, for the typeface). */
function majority<K extends "eastAsiaFont" | "sizePt">(
  text: string,
  spans: readonly TextSpan[],
  end: number,
  key: K
): TextSpan[K] | undefined {
  const counts = new Map<TextSpan[K], number>();
  let at = 0;
  for (const span of spans) {
    const value = span[key];
    for (let i = at; i < Math.min(at + span.length, end); i++) {
      const ch = text[i]!;
      if (key === "eastAsiaFont" ? CJK.test(ch) : ch.trim() !== "")
        counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    at += span.length;
    if (at >= end) break;
  }
  let best: TextSpan[K] | undefined;
  let most = 0;
  for (const [value, count] of counts) if (count > most) [best, most] = [value, count];
  return best;
}

/** The typeface and size of the role's stretch: from the runs when read, else the paragraph's. */
function lookOf(
  p: DocParagraph,
  format: ParagraphFormat,
  head: number
): { font?: string; size?: number } {
  if (format.spans && format.spans.length > 0) {
    return {
      font: majority(p.text, format.spans, head, "eastAsiaFont"),
      size: majority(p.text, format.spans, head, "sizePt"),
    };
  }
  return {
    font: CJK.test(p.text.slice(0, head)) ? format.eastAsiaFont : undefined,
    size: format.sizePt,
  };
}

/**
 * Leading spaces that stand for an indent: a full-width space is one character, two half-width ones
 * too.
 */
export function typedIndent(text: string): number {
  const lead = /^[ \u3000]*/.exec(text)![0];
  return [...lead].reduce((n, ch) => n + (ch === "\u3000" ? 1 : 0.5), 0);
}

/** The first-line indent in characters, typed spaces included; undefined when not read. */
function indentChars(p: DocParagraph, format: ParagraphFormat, sizePt: number): number | undefined {
  const set =
    format.firstLineChars ??
    (format.firstLinePt === undefined ? undefined : format.firstLinePt / sizePt);
  return set === undefined ? undefined : set + typedIndent(p.text);
}

/**
 * Height of one line: exact as set, at least the font's, or a multiple of single spacing, snapped
 * to the grid.
 */
function lineHeightPt(
  format: ParagraphFormat,
  sizePt: number,
  page?: PageFormat
): number | undefined {
  const spacing = format.lineSpacing;
  if (!spacing) return undefined;
  const single = sizePt * 1.3;
  if (spacing.rule === "exact") return spacing.value;
  const natural =
    spacing.rule === "atLeast" ? Math.max(spacing.value, single) : single * spacing.value;
  const pitch = page?.grid?.linePitchPt;
  return pitch ? Math.ceil(natural / pitch - 1e-6) * pitch : natural;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** How a paragraph departs from its role's layout. */
export function paragraphDeviations(
  spec: LayoutSpec,
  p: DocParagraph,
  plan: RolePlan,
  page?: PageFormat
): LayoutDeviation[] {
  const format = p.format;
  if (!format) return [];
  const role: RoleLayout = spec.roles[plan.role];
  const found: LayoutDeviation[] = [];
  const { font, size } = lookOf(p, format, plan.head);
  if (font !== undefined && !fontFits(spec, role, font))
    found.push({ property: "font", actual: font });
  if (size !== undefined && Math.abs(size - role.sizePt) > 0.25)
    found.push({ property: "size", actual: `${round(size)} 磅` });
  const alignment = format.alignment;
  // A signature is placed by alignment or by indent (右空四字) alike: its alignment is applied, not
  // checked.
  const checked = plan.role !== "signature";
  if (
    checked &&
    role.alignment &&
    alignment &&
    alignment !== role.alignment &&
    !(role.alignment === "left" && alignment === "justify")
  ) {
    found.push({ property: "alignment", actual: ALIGNMENT_NAMES[alignment] });
  }
  if (role.indentChars !== undefined && plan.role !== "title") {
    const chars = indentChars(p, format, size ?? role.sizePt);
    if (chars !== undefined && Math.abs(chars - role.indentChars) > 0.3)
      found.push({ property: "indent", actual: `首行缩进 ${round(chars)} 字` });
  }
  if (plan.role !== "title") {
    const height = lineHeightPt(format, size ?? role.sizePt, page);
    const lines = height === undefined ? undefined : linesPerPage(spec, height);
    if (lines !== undefined && lines !== spec.linesPerPage)
      found.push({ property: "lines", actual: `每页 ${lines} 行` });
  }
  return found;
}

/**
 * The properties paragraphDeviations would check for this paragraph but cannot, because the host
 * gave no value (pasted text with no formatting of its own, mixed formatting, a Word that does not
 * say): those are not checked, and must not count as meeting the layout.
 */
export function unreadProperties(spec: LayoutSpec, p: DocParagraph, plan: RolePlan): Property[] {
  const role: RoleLayout = spec.roles[plan.role];
  const format = p.format ?? {};
  const { font, size } = lookOf(p, format, plan.head);
  const unread: Property[] = [];
  if (font === undefined && CJK.test(p.text.slice(0, plan.head))) unread.push("font");
  if (size === undefined) unread.push("size");
  if (plan.role !== "signature" && role.alignment && format.alignment === undefined)
    unread.push("alignment");
  if (
    role.indentChars !== undefined &&
    plan.role !== "title" &&
    format.firstLineChars === undefined &&
    format.firstLinePt === undefined
  )
    unread.push("indent");
  if (plan.role !== "title" && format.lineSpacing === undefined) unread.push("lines");
  return unread;
}

/** What the page setup and page numbers do not meet, each as a sentence. */
export function pageDeviations(spec: LayoutSpec, page: PageFormat): string[] {
  const found: string[] = [];
  const mm = (n: number) => `${round(n)} 毫米`;
  if (page.widthMm !== undefined && page.heightMm !== undefined) {
    const [w, h] = [page.widthMm, page.heightMm];
    if (Math.abs(w - spec.page.widthMm) > 1 || Math.abs(h - spec.page.heightMm) > 1)
      found.push(
        `纸张不是 A4（${spec.page.widthMm}×${spec.page.heightMm} 毫米），现为 ${round(w)}×${round(h)} 毫米。`
      );
  }
  if (page.margins) {
    const names = { topMm: "上", bottomMm: "下", leftMm: "左", rightMm: "右" } as const;
    const off = (Object.keys(names) as (keyof typeof names)[]).filter(
      (k) => Math.abs(page.margins![k] - spec.margins[k]) > spec.toleranceMm
    );
    if (off.length > 0) {
      const now = off.map((k) => `${names[k]} ${mm(page.margins![k])}`).join("，");
      const want = off.map((k) => `${names[k]} ${spec.margins[k]}`).join("、");
      found.push(
        `页边距不合：${now}；应为${want} 毫米（天头 37、订口 28 毫米，版心 156×225 毫米）。`
      );
    }
  }
  const width =
    page.widthMm !== undefined && page.margins
      ? mmToPt(page.widthMm - page.margins.leftMm - page.margins.rightMm)
      : undefined;
  const chars =
    page.grid?.charsPerLine ??
    (width === undefined ? undefined : Math.floor(width / spec.roles.body.sizePt + 1e-6));
  if (chars !== undefined && chars !== spec.charsPerLine && page.margins) {
    found.push(
      `每行约 ${chars} 字，应为 ${spec.charsPerLine} 字：请用文档网格（指定行和字符网格，每行 ${spec.charsPerLine} 字、每页 ${spec.linesPerPage} 行）。`
    );
  }
  const numbers = page.pageNumbers;
  if (numbers && !numbers.present)
    found.push(
      `没有页码：页码应为 ${spec.pageNumber.sizePt} 磅宋体“${spec.pageNumber.dash} 1 ${spec.pageNumber.dash}”，单页居右、双页居左。`
    );
  else if (numbers) {
    if (!numbers.dashed)
      found.push(
        `页码形式应为“${spec.pageNumber.dash} 1 ${spec.pageNumber.dash}”（数字两侧各一条一字线）。`
      );
    const placed = numbers.oddEven
      ? numbers.oddAlignment === "right" && numbers.evenAlignment === "left"
      : false;
    if (!placed) found.push("页码位置应为单页居右、双页居左（各空一字）：需要“奇偶页不同”的页脚。");
    if (numbers.sizePt !== undefined && Math.abs(numbers.sizePt - spec.pageNumber.sizePt) > 0.25)
      found.push(
        `页码字号为 ${round(numbers.sizePt)} 磅，应为 4 号（${spec.pageNumber.sizePt} 磅）。`
      );
  }
  return found;
}
