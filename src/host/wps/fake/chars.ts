/**
 * The fake WPS story: one entry a position, with the look of characters and the properties of
 * paragraphs on their marks.
 */
import type { DocParagraph } from "../../../core/document";
import type { WpsParagraphFormat } from "../model";

export const MIXED = 9999999;

export interface FontState {
  Name: string;
  NameFarEast: string;
  NameAscii: string;
  NameOther: string;
  Size: number;
  Bold: number;
}

/** A paragraph's properties as the model gives them, and what the fake keeps beside them. */
export interface ParaState extends WpsParagraphFormat {
  inTable: boolean;
  /** ListFormat: a list paragraph's type (0: none) and the number WPS shows before it. */
  listType: number;
  listString: string;
}

/**
 * One position of the story: a character, a paragraph or cell mark, or a hidden field-code
 * character.
 */
export interface Char {
  ch: string;
  kind: "text" | "para" | "cell" | "code";
  font: FontState;
  /** On marks only: the paragraph's properties. */
  para?: ParaState;
}

export const DEFAULT_FONT: FontState = {
  Name: "宋体",
  NameFarEast: "宋体",
  NameAscii: "Calibri",
  NameOther: "Calibri",
  Size: 10.5,
  Bold: 0,
};
export const defaultPara = (): ParaState => ({
  OutlineLevel: 10,
  Alignment: 3,
  FirstLineIndent: 0,
  LeftIndent: 0,
  CharacterUnitFirstLineIndent: 0,
  CharacterUnitLeftIndent: 0,
  SpaceBefore: 0,
  SpaceAfter: 0,
  LineSpacingRule: 0,
  LineSpacing: 12,
  inTable: false,
  listType: 0,
  listString: "",
});

export const shown = (c: Char) =>
  c.kind === "text" ? c.ch : c.kind === "para" ? "\r" : c.kind === "cell" ? "\r\u0007" : "";
export const isMark = (c: Char) => c.kind === "para" || c.kind === "cell";

/** A paragraph of a test or the playground as the story's characters, ending with its mark. */
export function paragraphChars(p: DocParagraph): Char[] {
  const font = { ...DEFAULT_FONT };
  const para = {
    ...defaultPara(),
    OutlineLevel: p.level > 0 ? p.level : 10,
    inTable: p.inTable,
    listType: p.inList ? 2 : 0,
    listString: p.label ?? "",
  };
  return [
    ...[...p.text].map((ch): Char => ({ ch, kind: "text", font })),
    { ch: "\r", kind: p.inTable ? "cell" : "para", font, para },
  ];
}
