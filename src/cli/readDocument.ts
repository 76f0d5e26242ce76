import type { DocumentFile } from "./readDocx";
import { ReadError } from "./readError";
import { readText } from "./readText";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
/**
 * The stream Word keeps an encrypted .docx in, named in the compound file's directory (UTF-16LE).
 */
const ENCRYPTED = new Uint8Array([..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]));

/** Whether a compound file holds an encrypted Office package (a .docx with a password to open). */
function isEncrypted(bytes: Uint8Array): boolean {
  for (
    let at = bytes.indexOf(ENCRYPTED[0]!);
    at !== -1;
    at = bytes.indexOf(ENCRYPTED[0]!, at + 1)
  ) {
    if (ENCRYPTED.every((b, i) => bytes[at + i] === b)) return true;
  }
  return false;
}

/**
 * A document from .docx or .txt, told apart by content first (a .docx renamed .doc is still read),
 * then by name.
 */
export async function readDocument(
  name: string,
  bytes: Uint8Array,
  keepSource = false
): Promise<DocumentFile> {
  const extension = /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  if (bytes.length === 0) throw new ReadError("文件是空的（0 字节），没有可检查的内容。");
  const doc = await readByKind(bytes, extension, keepSource);
  if (!doc.paragraphs.some((p) => p.text.trim() !== ""))
    throw new ReadError("文件中没有文字，没有可检查的内容。");
  return doc;
}

/** The .docx reader (its unzipping and XML parsing), loaded when a .docx is read. */
async function readDocx(bytes: Uint8Array, keepSource: boolean): Promise<DocumentFile> {
  return (await import("./readDocx")).readDocx(bytes, keepSource);
}

async function readByKind(
  bytes: Uint8Array,
  extension: string,
  keepSource: boolean
): Promise<DocumentFile> {
  if (startsWith(bytes, ZIP)) return readDocx(bytes, keepSource);
  if (startsWith(bytes, OLE) && isEncrypted(bytes)) {
    throw new ReadError(
      "文件已加密（设置了打开密码），无法读取。请在 Word 中打开，删除密码（文件 → 信息 → 保护文档 → 用密码进行加密）并保存后再试。"
    );
  }
  if (startsWith(bytes, OLE) || extension === "doc" || extension === "wps") {
    throw new ReadError("不支持旧版 .doc/.wps 格式，请在 Word 或 WPS 中另存为 .docx 后再检查。");
  }
  if (extension === "docx") return readDocx(bytes, keepSource);
  if (extension === "txt" || extension === "")
    return { paragraphs: readText(bytes), settings: new Map() };
  throw new ReadError(`不支持 .${extension} 文件，只能检查 .docx 和 .txt。`);
}
