import type { DocParagraph } from "../core/document";
import { bodyParagraph } from "../core/document";
import { ReadError } from "./readError";

/** Text in UTF-8 (with or without BOM), UTF-16 with BOM, or else GB18030 (which covers GBK and GB2312). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } catch {
      throw new ReadError("无法识别文本编码：既不是 UTF-8，也不是 GB18030/GBK。请另存为 UTF-8 编码的文本文件。");
    }
  }
}

/** A plain-text report: one paragraph per line. */
export function readText(bytes: Uint8Array): DocParagraph[] {
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw new ReadError("这不是文本文件（含有二进制内容）。请检查 .docx 或 .txt 文件。");
  }
  return decodeText(bytes).split(/\r\n|\r|\n/).map(bodyParagraph);
}
