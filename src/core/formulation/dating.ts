/**
 * Whether a sentence dates what it quotes before a wording came into use: 党的十八大提出…, 2019年…,
 * 当时…. Such a sentence quotes history and is not told to use today's wording.
 */

/**
 * Words that say the sentence quotes the past. 回顾 is not one: a summary opens 回顾一年来… and
 * then states today's wordings, which must still be right; 回顾党的十八大… is dated by the
 * congress.
 */
const PAST = /当时|当年|曾经|曾提出|曾指出|曾强调|时任|早在|那时|彼时|原提法|原表述|原来的表述/;

const CONGRESS: Record<string, number> = {
  十三: 1987,
  十四: 1992,
  十五: 1997,
  十六: 2002,
  十七: 2007,
  十八: 2012,
  十九: 2017,
  二十: 2022,
};
/** The years of each plenary session, first to seventh, of the congresses quoted now. */
const PLENUMS: Record<string, readonly number[]> = {
  十六: [2002, 2003, 2003, 2004, 2005, 2006, 2007],
  十七: [2007, 2008, 2008, 2009, 2010, 2011, 2012],
  十八: [2012, 2013, 2013, 2014, 2015, 2016, 2017],
  十九: [2017, 2018, 2018, 2019, 2020, 2021, 2022],
  二十: [2022, 2023, 2024, 2025, 2026, 2027, 2027],
};
const ORDINAL = "一二三四五六七";

/** The years a piece of text names: 2019年, 党的十九大, 十九届四中全会. */
export function yearsNamed(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/((?:19|20)\d\d)年/g)) years.push(Number(m[1]));
  for (const m of text.matchAll(/(十[三四五六七八九]|二十)届([一二三四五六七])中全会/g)) {
    const year = PLENUMS[m[1]!]?.[ORDINAL.indexOf(m[2]!)];
    if (year) years.push(year);
  }
  for (const m of text.matchAll(/(十[三四五六七八九]|二十)大/g)) years.push(CONGRESS[m[1]!]!);
  return years;
}

/** The start of the sentence around `at`. */
function sentenceStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !"。！？!?\n".includes(text[i]!)) i--;
  return i + 1;
}

/** Whether the sentence holding `at` speaks of the past, or names a year before `since` (YYYY…). */
export function datedBefore(text: string, at: number, since: string | undefined): boolean {
  const before = text.slice(sentenceStart(text, at), at);
  if (PAST.test(before)) return true;
  if (!since) return false;
  const year = Number(since.slice(0, 4));
  return yearsNamed(before).some((y) => y < year);
}
