import type { TypoMatch } from "./types";

/**
 * 截止 directly before a point in time: up to that time, which is 截至. 截止到, 截止于, 截止日期
 * and 截止时间 are left alone, as is 截止 after its time (于3月底截止).
 */
const UNTIL =
  /截止(?=(?:目前|当前|今年|去年|本年|年底|年末|本月|上月|本周|上周|上半年|下半年|本季度|第[一二三四]季度|报告期|发稿|统计时|\d{1,4}[年月日号时点]|[〇零一二三四五六七八九十]{1,4}[年月日]))/g;

/** Words of manner that, before 的 and a verb, make it adverbial: 扎实地推进. */
const MANNER =
  "扎扎实实|认真细致|创造性|扎实|积极|有序|认真|有力|深入|主动|热情|及时|稳步|持续|不断|切实|大力|广泛|严格|迅速|努力|自觉|坚决|耐心|仔细|逐步|反复|全面|系统|集中|统筹|精准|有效|高效|充分|具体|详细|深刻";
/** Verbs of work that follow them. */
const ACTIONS =
  "推进|参与|开展|听取|推动|学习|承担|投入|组织|做好|进行|落实|完成|加强|贯彻|执行|查找|梳理|抓好|解决|处理|配合|指导|督促|检查|研究|部署|谋划|参加|履行|整改|宣传|传达|剖析|反思|对照|回应|化解|排查";
/**
 * The adverbial 的 (→ 地), only where the verb then goes on as a verb: with 了, 着, 过, 到 or 起,
 * or straight into its object (not into 是, 的, a mark or the end, where 的 + verb may be a noun
 * phrase).
 */
const ADVERBIAL_AFTER = new RegExp(
  `(?:${ACTIONS})(?:[了着过到起]|(?![是的为和与让使者度性力率中下]|[^\\u4e00-\\u9fff]|$))`,
  "y"
);

/** Verbs whose result or degree follows with 得 (学得不深, 开展得有声有色). */
const DONE =
  "学|悟|做|干|抓|办|写|讲|听|记|落实|开展|表现|理解|评价|执行|发挥|完成|推进|组织|整改|贯彻|宣传|坚持|处理|解决|掌握|领会|把握|准备|安排";
/** What follows as a complement: a degree and its adjective, or not enough, not deep, vividly. */
const COMPLEMENT_AFTER =
  "(?:还)?不够|不深|不透|不细|不实|不到位|有声有色|(?:很|非常|十分|比较|更加|特别)(?:好|高|扎实|到位|出色|有效|有力|突出|明显|顺利|圆满|充分|深入|规范|认真|仔细|严格|及时|全面|细致|精彩|生动|热烈|成功)(?!的)|(?:认真|仔细)(?=[、，。；])";
const COMPLEMENT = new RegExp(`(?:${COMPLEMENT_AFTER})`, "y");
const MANNER_WORDS = new Set(MANNER.split("|"));
const DONE_WORDS = new Set(DONE.split("|"));

/** The last characters of MANNER and DONE words: before most 的, none of them stands. */
const WORD_ENDS = new Set([...MANNER_WORDS, ...DONE_WORDS].map((w) => w.charCodeAt(w.length - 1)));

/** The word of a set that ends at `end` in the text, longest first; up to four characters. */
function wordBefore(text: string, end: number, words: ReadonlySet<string>): string | undefined {
  if (!WORD_ENDS.has(text.charCodeAt(end - 1))) return undefined;
  for (let length = 4; length >= 1; length--)
    if (end - length >= 0 && words.has(text.slice(end - length, end)))
      return text.slice(end - length, end);
  return undefined;
}

/** Whether a sticky pattern matches at `at`. */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Every match of a global pattern (exec rather than matchAll, which older webviews lack). */
function each(pattern: RegExp, text: string): RegExpExecArray[] {
  const all: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) all.push(m);
  return all;
}

/** The 的 at `at`, after a word, to be another character. */
function particle(text: string, word: string, at: number, fix: string, why: string): TypoMatch {
  return {
    tier: 4,
    start: at,
    end: at + 1,
    text: "的",
    fix,
    message: `“${word}${text[at]}”中的“的”应为“${fix}”：${why}`,
  };
}

/**
 * Confusions that depend on the words around them, only in patterns where they are unmistakable;
 * warnings, never errors.
 */
export function findInContext(text: string): TypoMatch[] {
  const found: TypoMatch[] = [];
  if (!text.includes("的") && !text.includes("截止")) return found;
  for (const m of each(UNTIL, text)) {
    found.push({
      tier: 4,
      start: m.index,
      end: m.index + 2,
      text: "截止",
      fix: "截至",
      message:
        "“截止”后接时间点时应为“截至”（截至某时，指到某时为止；截止指到期停止，如“报名截止”）。",
    });
  }
  for (let at = text.indexOf("的"); at !== -1; at = text.indexOf("的", at + 1)) {
    const manner = wordBefore(text, at, MANNER_WORDS);
    if (manner && matchesAt(ADVERBIAL_AFTER, text, at + 1)) {
      found.push(particle(text, manner, at, "地", "修饰动词的状语后用“地”（如“扎实地推进”）。"));
      continue;
    }
    const done = wordBefore(text, at, DONE_WORDS);
    if (done && matchesAt(COMPLEMENT, text, at + 1))
      found.push(
        particle(text, done, at, "得", "动词后引出补语用“得”（如“做得很好”“学得不深”）。")
      );
  }
  return found.sort((a, b) => a.start - b.start);
}
