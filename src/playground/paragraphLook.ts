import type { CSSProperties } from "react";
import type { ParagraphFormat } from "../core/document";

/** CSS font stacks for the typefaces reports use, with the free fonts that stand in for them. */
const STACKS: ReadonlyArray<[RegExp, string]> = [
  [/仿宋|FangSong/i, '"仿宋_GB2312", "FangSong", "STFangsong", "Noto Serif CJK SC", serif'],
  [/楷体|KaiTi/i, '"楷体_GB2312", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif'],
  [/黑体|SimHei/i, '"SimHei", "Noto Sans CJK SC", sans-serif'],
  [/小标宋|宋|Song/i, '"方正小标宋简体", "SimSun", "Noto Serif CJK SC", serif'],
  [/等线|DengXian/i, '"DengXian", "Noto Sans CJK SC", sans-serif'],
];

/** How the playground draws a paragraph whose formatting is known, as Word would show it. */
export function paragraphLook(format: ParagraphFormat | undefined): CSSProperties | undefined {
  if (!format) return undefined;
  const first = format.spans?.[0];
  const font = first?.eastAsiaFont ?? format.eastAsiaFont;
  const size = first?.sizePt ?? format.sizePt;
  const bold = first?.bold ?? format.bold;
  const look: CSSProperties = {};
  const stack = font === undefined ? undefined : STACKS.find(([name]) => name.test(font))?.[1];
  if (stack) look.fontFamily = stack;
  if (size !== undefined) look.fontSize = `${(size * 4) / 3}px`;
  if (bold !== undefined) look.fontWeight = bold ? 700 : 400;
  if (format.alignment)
    look.textAlign = format.alignment === "distribute" ? "justify" : format.alignment;
  if (format.firstLineChars !== undefined) look.textIndent = `${format.firstLineChars}em`;
  else if (format.firstLinePt !== undefined) look.textIndent = `${(format.firstLinePt * 4) / 3}px`;
  return look;
}
