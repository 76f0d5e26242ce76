import { toChineseNumeral } from "../../core/numerals";

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const PARENTHESIZED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
const FULL_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
const DIGITS = "〇一二三四五六七八九";
const LEGAL = "零壹贰叁肆伍陆柒捌玖";

const fromList = (list: string, n: number) =>
  n >= 1 && n <= list.length ? [...list][n - 1]! : String(n);

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const marks: Array<[number, string]> = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [value, mark] of marks) for (; n >= value; n -= value) out += mark;
  return out;
}

/** A, B … Z, AA, BB … as Word letters lists. */
function letter(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** 一 … 九十九 as Chinese lists count; beyond that, digit by digit. */
function chineseCounting(n: number): string {
  return n >= 1 && n <= 99
    ? toChineseNumeral(n)
    : [...String(n)].map((d) => DIGITS[Number(d)]).join("");
}

function legal(n: number): string {
  if (n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return LEGAL[ones]!;
  return `${tens === 1 ? "壹" : LEGAL[tens]}拾${ones ? LEGAL[ones] : ""}`;
}

/**
 * A list number in one of the formats of numbering.xml (w:numFmt); decimal for formats not listed.
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "none":
    case "bullet":
      return "";
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letter(n);
    case "lowerLetter":
      return letter(n).toLowerCase();
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "koreanCounting":
      return chineseCounting(n);
    case "ideographDigital":
    case "taiwaneseDigital":
    case "japaneseDigitalTenThousand":
      return [...String(n)].map((d) => DIGITS[Number(d)]).join("");
    case "chineseLegalSimplified":
    case "ideographLegalTraditional":
      return legal(n);
    case "ideographTraditional":
      return fromList(HEAVENLY_STEMS, n);
    case "ideographZodiac":
      return fromList(EARTHLY_BRANCHES, n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
    case "ideographEnclosedCircle":
      return fromList(CIRCLED, n);
    case "decimalEnclosedParen":
      return fromList(PARENTHESIZED, n);
    case "decimalEnclosedFullstop":
      return fromList(FULL_STOP, n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join("");
    default:
      return String(n);
  }
}
