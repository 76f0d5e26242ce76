const DIGITS = "〇一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`No Chinese numeral for ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
}

/** 一 → 1, 十二 → 12, 二十 → 20; NaN for anything else. */
export function fromChineseNumeral(text: string): number {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return NaN;
  const ten = text.indexOf("十");
  if (ten === -1) return text.length === 1 ? DIGITS.indexOf(text) : NaN;
  const tens = text.slice(0, ten);
  const ones = text.slice(ten + 1);
  if (tens.length > 1 || ones.length > 1 || ones === "十" || tens === "一") return NaN;
  return (tens ? DIGITS.indexOf(tens) : 1) * 10 + (ones ? DIGITS.indexOf(ones) : 0);
}
