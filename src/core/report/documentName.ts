import type { DocParagraph } from "../document";
import { buildOutline } from "../outline";

/** What a report calls the document: its title, where the outline finds one. */
export function documentName(paragraphs: readonly DocParagraph[]): string | undefined {
  const title = buildOutline(paragraphs).title;
  return title === undefined ? undefined : paragraphs[title]!.text.trim();
}

/**
 * A file name from a document's name and a date: no characters Windows or macOS refuse, at most 40
 * of the name.
 */
export function reportFileName(name: string, date: Date): string {
  const safe = [...name]
    .filter((c) => c >= " " && !`\\/:*?"<>|`.includes(c))
    .join("")
    .trim()
    .slice(0, 40);
  const day = `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, "0")}${String(date.getDate()).padStart(2, "0")}`;
  return `检查结果-${safe ? `${safe}-` : ""}${day}.html`;
}
