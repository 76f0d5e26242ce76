import type { FormulationEntry } from "../../content/phrases/types";
import type { Anchor } from "./anchors";
import { boundedDistance, commonLength, editDistance, sharedCharacters } from "./distance";
import type { FormulationDeviation } from "./types";

/** A fixed wording as the comparison reads it. */
export interface PhraseShape {
  entry: FormulationEntry;
  text: string;
  /**
   * Correct wordings near this one (its variants, other entries' wordings): where one stands,
   * nothing is wrong.
   */
  shelters: readonly string[];
}

/** Phrases shorter than this are not compared: too many ordinary words lie one edit away. */
export const MIN_PHRASE = 6;

/** How many edits a wording of this length may show and still be read as that wording. */
export const allowedEdits = (length: number) =>
  length <= 7 ? 1 : length <= 11 ? 2 : length <= 19 ? 3 : 4;

/**
 * Where a written phrase may end: punctuation, the end, or a word that joins it to the sentence.
 */
const BOUNDARY = /[\s，。、；：！？“”‘’《》（）()!?,.;:的和与及为是了]/;
/** Words that open a phrase and stand for one another when miswritten (用 for 把). */
const FUNCTION = "把以用将在为同对从向";

/**
 * The wording cut into allowed+1 pieces: any text within the allowed edits holds one of them
 * exactly.
 */
function pieces(text: string): Array<{ piece: string; offset: number }> {
  const count = allowedEdits(text.length) + 1;
  const size = Math.floor(text.length / count);
  return Array.from({ length: count }, (_, i) => {
    const offset = i * size;
    return { piece: text.slice(offset, i === count - 1 ? text.length : offset + size), offset };
  });
}

interface Alignment {
  start: number;
  end: number;
  distance: number;
  /** Characters of the wording missing before and after the written text. */
  lead: number;
  trail: number;
}

/**
 * The best place for a wording in text[from, to). The written text must open with the wording's
 * first character (after any part missing from its front), followed by a character the wording has
 * next or a few characters on, and must close with a character of the wording: so a word of the
 * sentence is never taken for a changed character (学习贯彻新时代… is not 习近平新时代… with 近平
 * changed to 贯彻), while 以自我革命 reads as 以党的自我革命 with 党的 left out.
 */
function align(pattern: string, text: string, from: number, to: number): Alignment | undefined {
  const m = pattern.length;
  const k = allowedEdits(m);
  let best: Alignment | undefined;
  for (let lead = 0; lead <= k; lead++) {
    const first = pattern.charCodeAt(lead);
    for (let s = Math.max(0, from); s < to - 1; s++) {
      if (text.charCodeAt(s) !== first) continue;
      // After a one-character word such as 以, the wording may go on a few characters later (以自我
      // 革命); otherwise its second character must follow, or 学习新时代 would read as 习近平新时代
      // . One character may be missing right after the first (打必须自身硬 for 打铁必须自身硬).
      const reach = FUNCTION.includes(text[s]!) ? k + 1 : lead + 2;
      let opens = false;
      for (let j = lead + 1; j <= Math.min(m - 1, reach); j++)
        if (text[s + 1] === pattern[j]) opens = true;
      if (!opens) continue;
      for (let trail = 0; lead + trail <= k; trail++) {
        const last = pattern.charCodeAt(m - 1 - trail);
        for (let e = s + 2; e <= to; e++) {
          if (text.charCodeAt(e - 1) !== last) continue;
          const inner = pattern.slice(lead, m - trail);
          const written = text.slice(s, e);
          if (Math.abs(inner.length - written.length) > k) continue;
          const distance = lead + trail + boundedDistance(inner, written, k - lead - trail);
          if (distance > k) continue;
          // A missing front is read together with the characters before it, which may be that front
          // miswritten.
          const candidate = absorbed(pattern, text, { start: s, end: e, distance, lead, trail });
          if (
            !best ||
            candidate.distance < best.distance ||
            (candidate.distance === best.distance &&
              candidate.end - candidate.start > best.end - best.start)
          )
            best = candidate;
        }
      }
    }
  }
  return best && widened(pattern, text, wordEnd(pattern, text, best));
}

/**
 * Where the written text closes on the wording's last character only by leaving out the one before,
 * and a word goes on after it (集中治理 for 集中整治), the word is taken in whole: the fix then
 * replaces 治理 instead of leaving 理 behind.
 */
function wordEnd(pattern: string, text: string, a: Alignment): Alignment {
  const m = pattern.length;
  const k = allowedEdits(m);
  if (a.trail > 0 || a.distance === 0 || a.end >= text.length || BOUNDARY.test(text[a.end]!))
    return a;
  const short = a.end - a.start < m - a.lead;
  if (!short || a.end - a.start < 2 || text[a.end - 2] === pattern[m - 2]) return a;
  const distance =
    a.lead + boundedDistance(pattern.slice(a.lead), text.slice(a.start, a.end + 1), k - a.lead);
  return distance <= k ? { ...a, end: a.end + 1, distance } : a;
}

/**
 * Characters that join a wording to its sentence (要、是、在…): never read as a miswritten first
 * character.
 */
const JOINING = /[\s，。、；：！？“”‘’《》（）()!?,.;:的和与及为是了要在对将从向并使让]/;

/** Verbs of having: written before a wording that opens with another verb, they stand for it. */
const HAVING = /^[享拥具]有$/;

/**
 * The wording's first characters read as missing may stand just before, miswritten: 缺立习近平… is
 * 确立 with 确 changed, 高的质量 is 高质量 with 的 put in, 高量 is 高质量 with 质 left out. Those
 * characters then belong to the finding, so the fix replaces them instead of writing the wording
 * beside them. A first character that joins the sentence (要立习近平…) is left outside: there 确 is
 * missing.
 */
function absorbed(pattern: string, text: string, a: Alignment): Alignment {
  if (a.lead === 0) return a;
  const lead = pattern.slice(0, a.lead);
  let best: Alignment | undefined;
  for (const j of [a.lead, a.lead - 1, a.lead + 1]) {
    if (j < 1 || a.start - j < 0) continue;
    const written = text.slice(a.start - j, a.start);
    if (JOINING.test(written[0]!) && written[0] !== lead[0]) continue;
    if (
      [...written].some(
        (c) => JOINING.test(c) && !lead.includes(c) && !"的和与及为是了".includes(c)
      )
    )
      continue;
    let cost: number;
    if (j === a.lead) {
      const mismatches = [...written].filter((c, i) => c !== lead[i]).length;
      // 享有表决权 for 行使表决权: a verb of having stands where the wording's own verb belongs.
      if (mismatches > 1 && !(HAVING.test(written) && !HAVING.test(lead))) continue;
      cost = mismatches;
    } else if (written[0] !== lead[0]) continue;
    else cost = editDistance(lead, written) === 1 ? 1 : Infinity;
    const distance = a.distance - a.lead + cost;
    if ((cost <= 1 || cost === j) && distance <= a.distance && (!best || distance < best.distance))
      best = { ...a, start: a.start - j, distance, lead: 0 };
  }
  return best ?? a;
}

/**
 * A part missing from the wording's end may have been written as other words (学习活动 for 学习教育
 * , 谋发展 for 谋复兴): where as many characters follow and then the phrase plainly ends, they are
 * the changed part. Likewise one function word in front (用马克思主义… for 把马克思主义…).
 */
function widened(pattern: string, text: string, a: Alignment): Alignment {
  let { start, end, lead, trail } = a;
  const changedEnd = text.slice(end, end + trail);
  // The changed end may be a joining character itself (相结和 for 相结合) where punctuation then
  // closes the phrase.
  const ends = (at: number) => at === text.length || BOUNDARY.test(text[at]!);
  const closes = (at: number) => at === text.length || /[，。、；：！？”]/.test(text[at]!);
  const plain = (t: string) => !/[\s，。、；：！？“”‘’《》（）()!?,.;:]/.test(t);
  if (
    trail > 0 &&
    trail <= 2 &&
    end + trail <= text.length &&
    plain(changedEnd) &&
    ((!BOUNDARY.test(changedEnd) && ends(end + trail)) || (trail === 1 && closes(end + trail)))
  ) {
    end += trail;
    trail = 0;
  } else if (
    trail === 1 &&
    end + 2 <= text.length &&
    plain(text.slice(end, end + 2)) &&
    !BOUNDARY.test(text.slice(end, end + 2)) &&
    closes(end + 2)
  ) {
    // One character more than the missing one, then punctuation: the end was rewritten (最大优越性
    // for 最大优势).
    end += 2;
    trail = 0;
    return { ...a, start, end, lead, trail, distance: a.distance + 1 };
  }
  if (
    lead === 1 &&
    start > 0 &&
    FUNCTION.includes(pattern[0]!) &&
    FUNCTION.includes(text[start - 1]!)
  ) {
    start -= 1;
    lead = 0;
  }
  return { ...a, start, end, lead, trail };
}

function describe(
  shape: PhraseShape,
  a: Alignment,
  written: string,
  fix: string
): { message: string; certain: boolean } {
  const { text } = shape;
  if (a.distance === a.lead + a.trail) {
    const missing = `${text.slice(0, a.lead)}${a.lead && a.trail ? "……" : ""}${text.slice(text.length - a.trail)}`;
    return { message: `缺少“${missing}”，规范表述为“${text}”。`, certain: missing.length >= 2 };
  }
  if (written.length < fix.length && commonLength(written, fix) === written.length)
    return { message: `漏字，应为“${fix}”。`, certain: true };
  return { message: `“${written}”与规范表述不一致，应为“${fix}”。`, certain: true };
}

const CLAUSE = /[，；：、]/;

/** How many characters two texts share at their start (p) and, after that, at their end (s). */
function sameEnds(written: string, text: string): { p: number; s: number } {
  let p = 0;
  while (p < written.length && p < text.length && written[p] === text[p]) p++;
  let s = 0;
  while (
    s < written.length - p &&
    s < text.length - p &&
    written[written.length - 1 - s] === text[text.length - 1 - s]
  )
    s++;
  return { p, s };
}

/**
 * The clause of a long wording that holds the change, as a range of the written text and its fix:
 * 伟大七帜 is fixed within 高举中国特色社会主义伟大旗帜, not by rewriting the whole 二十大 theme.
 */
function narrowed(written: string, text: string): { from: number; to: number; fix: string } {
  const { p, s } = sameEnds(written, text);
  let from = 0;
  for (let i = p - 1; i >= 0; i--) {
    if (CLAUSE.test(written[i]!)) {
      from = i + 1;
      break;
    }
  }
  let to = written.length;
  for (let i = written.length - s; i < written.length; i++) {
    if (CLAUSE.test(written[i]!)) {
      to = i;
      break;
    }
  }
  if (to <= from) return { from: 0, to: written.length, fix: text };
  return { from, to, fix: text.slice(from, text.length - (written.length - to)) };
}

/**
 * A capital letter standing where the words missing from a wording's front should be, as material
 * websites leave it (A新时代中国特色社会主义思想 for 习近平新时代…): it belongs to the finding, so
 * the fix replaces it too.
 */
function standInLetter(text: string, start: number): boolean {
  const letter = text.charCodeAt(start - 1);
  return letter >= 65 && letter <= 90 && !/[A-Za-z0-9]/.test(text[start - 2] ?? "");
}

/**
 * A local body or unit named where a national wording names the centre: 让市委放心 for 让党中央放心
 * .
 */
const LOCAL =
  /[省市县区州旗乡镇]委|[省市县区]政府|党[组委]|工委|本(?:单位|系统|部门|地区)|全[省市县区局]/;
const CENTRAL = /党中央|中央|全国|全党|国家/;

/**
 * Whether the only change is a national body put in local terms: a local slogan modelled on the
 * wording.
 */
function localAdaptation(written: string, text: string): boolean {
  const { p, s } = sameEnds(written, text);
  const mine = written.slice(Math.max(0, p - 2), written.length - s + 2);
  const theirs = text.slice(Math.max(0, p - 2), text.length - s + 2);
  return LOCAL.test(mine) && CENTRAL.test(theirs);
}

/**
 * Whether the written text is the wording with only 、 put between its words (常态化、长效化): a
 * pause many documents write, not another wording. A mark left out still counts.
 */
function onlyMarked(written: string, text: string): boolean {
  const pauses = (t: string) => t.split("、").length - 1;
  return pauses(written) > pauses(text) && written.replace(/、/g, "") === text.replace(/、/g, "");
}

/** Fixed wordings written with a character or word changed, added or left out. */
export class PhraseComparison {
  /** The pieces a place is anchored by: any text within the allowed edits holds one. */
  readonly keys: readonly string[];
  private readonly owners: Array<{ shape: number; offset: number }> = [];

  constructor(private readonly shapes: readonly PhraseShape[]) {
    const strings: string[] = [];
    shapes.forEach((shape, index) => {
      for (const { piece, offset } of pieces(shape.text)) {
        strings.push(piece);
        this.owners.push({ shape: index, offset });
      }
    });
    this.keys = strings;
  }

  /** Deviations at the places where `keys` were found (`anchors`, in order of start). */
  find(paragraph: string, anchors: readonly Anchor[]): FormulationDeviation[] {
    const found: FormulationDeviation[] = [];
    const covered = new Map<number, number>();
    for (const anchor of anchors) {
      const { shape: index, offset } = this.owners[anchor.index]!;
      const shape = this.shapes[index]!;
      const { text } = shape;
      const k = allowedEdits(text.length);
      const implied = anchor.start - offset;
      if (paragraph.startsWith(text, implied)) continue;
      const from = Math.max(0, implied - k);
      if ((covered.get(index) ?? -1) > from) continue;
      const to = Math.min(paragraph.length, implied + text.length + k);
      covered.set(index, to);
      const a =
        (sharedCharacters(text, paragraph, from, to) >= text.length - k
          ? align(text, paragraph, from, to)
          : undefined) ?? wordReplaced(text, paragraph, implied);
      // A wording that simply stops early is another, shorter wording (学习贯彻…思想 without 主题教
      // 育).
      if (!a || a.distance === 0 || a.distance === a.trail) continue;
      const written = paragraph.slice(a.start, a.end);
      if (shape.shelters.some((c) => c.length >= written.length - 1 && written.includes(c)))
        continue;
      const exactAt = paragraph.indexOf(text, Math.max(0, a.start - text.length + 1));
      if (exactAt !== -1 && exactAt < a.end) continue;
      const sheltered = shape.shelters.some((c) => {
        const at = paragraph.indexOf(c, Math.max(0, a.end - c.length));
        return at !== -1 && at <= a.start;
      });
      if (sheltered || localAdaptation(written, text) || onlyMarked(written, text)) continue;
      if (a.lead === 0 && a.trail === 0) {
        const { from: f, to: t, fix } = narrowed(written, text);
        const { message, certain } = describe(shape, a, written.slice(f, t), fix);
        found.push({
          // A whole word replaced may be another wording on purpose: it asks to verify.
          certain: certain && a.distance <= k,
          start: a.start + f,
          end: a.start + t,
          extent: { start: a.start, end: a.end },
          fix,
          entry: shape.entry,
          kind: "phrase",
          message,
        });
        continue;
      }
      const { message, certain } = describe(shape, a, written, text);
      const start = a.lead > 0 && standInLetter(paragraph, a.start) ? a.start - 1 : a.start;
      found.push({
        start,
        end: a.end,
        fix: text,
        entry: shape.entry,
        kind: "phrase",
        certain,
        message,
      });
    }
    return found.map((d) => turned(paragraph, d));
  }
}

/**
 * One word of a long wording replaced by another of the same length, all the rest as written at
 * both sides (人民群众的普通一员 for 劳动人民的普通一员): more edits than a near match allows, but
 * the wording is plainly there. A change at either end is another sentence's words, and is left.
 */
function wordReplaced(pattern: string, text: string, at: number): Alignment | undefined {
  const m = pattern.length;
  if (m < 12 || at < 0 || at + m > text.length) return undefined;
  const written = text.slice(at, at + m);
  let p = 0;
  while (p < m && written[p] === pattern[p]) p++;
  let s = 0;
  while (s < m - p && written[m - 1 - s] === pattern[m - 1 - s]) s++;
  const block = m - p - s;
  if (p < 3 || s < 3 || p + s < 10 || block < 2 || block > 4) return undefined;
  const mark = /[\s，。、；：！？“”‘’《》（）()!?,.;:]/;
  if (mark.test(written.slice(p, m - s)) || mark.test(pattern.slice(p, m - s))) return undefined;
  return { start: at, end: at + m, distance: block + allowedEdits(m), lead: 0, trail: 0 };
}

/** Whether a text holds the characters of a wording, each as often, and at most one 的 more. */
function sameCharacters(written: string, wording: string): boolean {
  if (written.length !== wording.length && written.length !== wording.length + 1) return false;
  const left = new Map<string, number>();
  for (const c of wording) left.set(c, (left.get(c) ?? 0) + 1);
  let extra = 0;
  for (const c of written) {
    const n = left.get(c) ?? 0;
    if (n > 0) left.set(c, n - 1);
    else if (c === "的" && extra === 0) extra++;
    else return false;
  }
  return written.length === wording.length + extra;
}

/**
 * Words of the wording turned round (厚爱和严管结合 for 严管和厚爱结合, 纯洁性和先进性): the near
 * match covers only part of them and its fix would write the moved words a second time. The finding
 * then takes in the moved words beside it, so the fix replaces them.
 */
function turned(paragraph: string, d: FormulationDeviation): FormulationDeviation {
  const fix = d.fix;
  if (!fix || fix.length <= d.end - d.start - 1) return d;
  for (let more = 1; more <= fix.length - (d.end - d.start) + 1; more++) {
    for (const [start, end] of [
      [d.start, d.end + more],
      [d.start - more, d.end],
    ] as const) {
      if (start < 0 || end > paragraph.length) continue;
      const written = paragraph.slice(start, end);
      // The words taken in are a word of the wording, never a lone character (要 before 高质量…首任
      // 务).
      const moved = (
        start < d.start ? paragraph.slice(start, d.start) : paragraph.slice(d.end, end)
      ).replace(/^[和与的]|[和与的]$/g, "");
      if (moved.length < 2 || !fix.includes(moved)) continue;
      if (/[，。；：！？、\s]/.test(written) !== /[，。；：！？、]/.test(fix)) continue;
      if (written !== fix && sameCharacters(written, fix))
        return {
          ...d,
          start,
          end,
          extent: {
            start: Math.min(start, d.extent?.start ?? start),
            end: Math.max(end, d.extent?.end ?? end),
          },
          kind: "order",
          message: `词语顺序与规范表述不一致，应为“${fix}”。`,
        };
    }
  }
  return d;
}
