import { ADVERTISING_WORDS } from "../../../content/checkWords";
import { escapeRegex } from "../../regexSource";
import { matchAll } from "../match";
import type { Finding, Rule } from "../types";

/** Paywall markers, links and group numbers: looked for only in paragraphs with Latin characters. */
const LATIN_RESIDUE = /##\s*paid(?:begin|end)\s*##|https?:\/\/\S+|www\.[\w.-]+|QQ群/gi;
/**
 * A mobile number, looked for only in a line already showing advertising or links: a report may
 * well end with 联系人 and 联系电话, and that number is no residue.
 */
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

function describe(text: string): { message: string; fix?: string } {
  return /paid/i.test(text)
    ? { message: `“${text}”是从素材网站复制带来的标记，应删除。`, fix: "" }
    : { message: `“${text}”像是从网站复制带来的广告、联系方式或链接，请核实后删除。` };
}

/** What material websites leave in pasted text: paywall markers, advertising, contacts and links. */
export const residue: Rule = {
  id: "residue",
  title: "网站残留内容",
  severity: "error",
  watch: ADVERTISING_WORDS.map(escapeRegex).join("|"),
  check: ({ paragraphs, presence: { latin }, sightings }) => {
    const latinFound = matchAll(residue, paragraphs, (i) => (latin[i] ? LATIN_RESIDUE : undefined), (m) => describe(m[0]));
    const inside = (s: { paragraph: number; start: number }) => latinFound.some((f) => f.paragraph === s.paragraph && f.start <= s.start && s.start < f.end);
    const words = sightings
      .get(residue.id)!
      .filter((s) => !inside(s))
      .map((s): Finding => ({ rule: residue.id, severity: residue.severity, paragraph: s.paragraph, start: s.start, end: s.start + s.text.length, text: s.text, ...describe(s.text) }));
    const found = [...latinFound, ...words];
    const advertising = new Set(found.filter((f) => f.fix === undefined).map((f) => f.paragraph));
    const phones = matchAll(residue, paragraphs, (i) => (advertising.has(i) ? PHONE : undefined), (m) => describe(m[0]));
    return [...found, ...phones].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  },
};
