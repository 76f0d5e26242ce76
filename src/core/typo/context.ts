import type { TypoMatch } from "./types";

/** 截止 directly before a point in time: up to that time, which is 截至. 截止到, 截止于 and 截止日期 are left alone. */
const UNTIL = /截止(?=(?:目前|当前|今年|去年|本年|年底|年末|本月|上月|\d{4}年|[〇零一二三四五六七八九]{4}年|\d{1,2}月\d{1,2}日))/g;

/** 的 between a verb of work and a degree word with its adjective: the complement takes 得 (做得很好). */
const COMPLEMENT =
  /(?:做|干|抓|办|完成|落实|开展|执行|贯彻|推进|发挥|组织|整改)的(?=(?:很|非常|十分|比较|更加|越来越)(?:好|扎实|到位|出色|有效|有力|突出|明显|顺利|圆满|充分|深入|规范)(?!的))/g;

/** Every match of a global pattern (exec rather than matchAll, which older webviews lack). */
function each(pattern: RegExp, text: string): RegExpExecArray[] {
  const all: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) all.push(m);
  return all;
}

/** Confusions that depend on the words around them, only in patterns where they are unmistakable; warnings, never errors. */
export function findInContext(text: string): TypoMatch[] {
  const found: TypoMatch[] = [];
  for (const m of each(UNTIL, text)) {
    found.push({ tier: 4, start: m.index, end: m.index + 2, text: "截止", fix: "截至", message: "“截止”后接时间点时应为“截至”（截至某时，指到某时为止；截止指到期停止，如“报名截止”）。" });
  }
  for (const m of each(COMPLEMENT, text)) {
    const at = m.index + m[0].length - 1;
    found.push({ tier: 4, start: at, end: at + 1, text: "的", fix: "得", message: `“${m[0]}”后面是补语，应用“得”（如“做得很好”）。` });
  }
  return found;
}
