import type { DocParagraph } from "../core/document";
import { bodyParagraph } from "../core/document";
import { ReadError } from "./readError";

/** Characters a Chinese report is made of: ASCII, CJK, CJK and full-width punctuation, quotes. */
function plausible(code: number): boolean {
  return (
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code < 0x7f) ||
    (code >= 0x2000 && code < 0x2070) ||
    (code >= 0x3000 && code < 0x3040) ||
    (code >= 0x4e00 && code < 0xa000) ||
    (code >= 0xff00 && code < 0xfff0)
  );
}

/**
 * UTF-16 saved without a BOM: it has zero bytes (line breaks and digits have a zero high byte),
 * and read in the right byte order nearly every character is one a report is made of.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0 || !bytes.includes(0)) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  const share = (littleEndian: boolean) => {
    let good = 0;
    for (let i = 0; i + 1 < sample.length; i += 2)
      if (
        plausible(
          littleEndian ? sample[i]! | (sample[i + 1]! << 8) : (sample[i]! << 8) | sample[i + 1]!
        )
      )
        good++;
    return good / (sample.length / 2);
  };
  const le = share(true);
  const be = share(false);
  if (le >= 0.9 && le > be) return "utf-16le";
  if (be >= 0.9 && be > le) return "utf-16be";
  return undefined;
}

/**
 * Text in UTF-8 (with or without BOM), UTF-16 (with BOM, or told by its zero bytes), or else
 * GB18030 (which covers GBK and GB2312); zero bytes in any other text mean it is not text.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (bytes.subarray(0, 4096).includes(0))
    throw new ReadError("这不是文本文件（含有二进制内容）。请检查 .docx 或 .txt 文件。");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } catch {
      throw new ReadError(
        "无法识别文本编码：既不是 UTF-8，也不是 GB18030/GBK。请另存为 UTF-8 编码的文本文件。"
      );
    }
  }
}

/** A plain-text report: one paragraph per line. */
export function readText(bytes: Uint8Array): DocParagraph[] {
  // Line ends of any system as one; split by a string, which is much faster than by a pattern.
  return decodeText(bytes)
    .replaceAll("\r\n", "\n")
    .replaceAll("\r", "\n")
    .split("\n")
    .map(bodyParagraph);
}
