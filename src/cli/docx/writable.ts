import type { DocxSource } from "../readDocx";

/**
 * Why a package must not be written back, in Chinese (`done` says what was not done); undefined
 * when it may. `creates` are the parts the writer adds, by name and relationship type: a part
 * already there under that name must be of that type.
 */
export function unwritable(
  source: DocxSource,
  done: string,
  creates: ReadonlyArray<{ name: string; type: string }> = []
): string | undefined {
  const { types } = source;
  if (!types)
    return `文件中缺少 [Content_Types].xml（各部分的类型清单），Word 无法打开这样的文件，${done}。请用能打开它的程序另存为 .docx 后再试。`;
  if (!types.fits(source.documentName, "officeDocument"))
    return `文件中的正文（${source.documentName}）没有登记为 Word 正文，Word 无法打开这样的文件，${done}。`;
  const taken = creates.find((c) => source.entries.has(c.name) && !types.fits(c.name, c.type));
  const wrong = source.mismatched[0] ?? (taken && `${taken.type} → ${taken.name}`);
  if (wrong)
    return `文件中的关系指向了类型不符的部分（${wrong}），文件可能已损坏或被改动过。为免写坏其中的内容，${done}。`;
  return undefined;
}
