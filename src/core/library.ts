import { PHRASES } from "../content/phrases";
import PINYIN from "../content/phrases/pinyin.generated.json";
import type { PhraseEntry } from "../content/phrases/types";
import type { Searchable } from "./phraseSearch";
import type { PinyinKeys, ToSyllables } from "./pinyinKeys";
import { pinyinKeysWithText } from "./pinyinKeys";
import type { UserEntry } from "./userLibrary";
import { formulationCitation } from "./formulation/citation";

export type LibrarySource = "builtin" | "user" | "shared";

/** One searchable, insertable entry, whichever library it comes from. */
export interface LibraryItem extends Searchable {
  source: LibrarySource;
  category: string;
  /** The full wording: a formulation's expansion, or a phrase's text. */
  text: string;
  usages: readonly string[];
  formulation: boolean;
  historical: boolean;
  note?: string;
  origin?: string;
}

const KEYS = PINYIN as Record<string, PinyinKeys>;

function fromBuiltin(entry: PhraseEntry): LibraryItem {
  const pinyin = KEYS[entry.id] ?? { full: "", initials: "" };
  if (entry.kind === "writing") {
    return {
      id: entry.id,
      source: "builtin",
      category: entry.category,
      name: entry.name,
      text: entry.text,
      usages: [],
      body: entry.text,
      pinyin,
      formulation: false,
      historical: false,
    };
  }
  return {
    id: entry.id,
    source: "builtin",
    category: entry.category,
    name: entry.name,
    text: entry.expansion,
    usages: entry.usages,
    body: [entry.expansion, ...entry.usages].join("\n"),
    pinyin,
    formulation: true,
    historical: entry.status === "historical",
    note: [entry.note, entry.source?.unverified].filter(Boolean).join("") || undefined,
    origin: formulationCitation(entry),
  };
}

export const BUILTIN_ITEMS: readonly LibraryItem[] = PHRASES.map(fromBuiltin);

export function fromUserEntry(
  entry: UserEntry,
  source: "user" | "shared",
  toSyllables: ToSyllables
): LibraryItem {
  return {
    id: entry.id,
    source,
    category: entry.category ?? (source === "user" ? "我的常用语" : "单位共享"),
    name: entry.name,
    text: entry.text,
    usages: [],
    body: entry.text,
    pinyin: pinyinKeysWithText(entry.name, entry.text, toSyllables),
    formulation: false,
    historical: false,
  };
}

/** A formulation's name as it is inserted inline: in Chinese quotes, unless it has its own. */
export function quotedName(item: LibraryItem): string {
  return /[“”《》]/.test(item.name) ? item.name : `“${item.name}”`;
}
