const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: "0",
  零: "0",
  Ｏ: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/**
 * A year as writers type it, as four ASCII digits: 2026, ２０２６ (full-width), 二〇二六 or 二零二
 * 六 (Chinese numerals), with or without 年 and spaces. Anything else comes back trimmed,
 * unchanged.
 */
export function normalizeYear(text: string): string {
  const bare = text.trim().replace(/\s+/g, "").replace(/年$/, "");
  const digits = [...bare]
    .map((c) =>
      c >= "０" && c <= "９"
        ? String.fromCharCode(c.charCodeAt(0) - 0xfee0)
        : (CHINESE_DIGITS[c] ?? c)
    )
    .join("");
  return /^\d{4}$/.test(digits) ? digits : text.trim();
}

/** Empty, or a year that normalises to four digits from 1900 to 2199. */
export function yearIsValid(text: string): boolean {
  const year = normalizeYear(text);
  return year === "" || (/^\d{4}$/.test(year) && Number(year) >= 1900 && Number(year) < 2200);
}
