import { ADVERTISING_HINTS, ADVERTISING_LINE_MAX, ADVERTISING_WORDS } from "../../../content/checkWords";
import { escapeRegex } from "../../regexSource";
import { matchAll } from "../match";
import type { Finding, Rule } from "../types";
import type { Sighting } from "../watch";

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
  watch: [...ADVERTISING_WORDS, ...ADVERTISING_HINTS].map(escapeRegex).join("|"),
  check: ({ paragraphs, outline, presence: { latin }, sightings }) => {
    const latinFound = matchAll(residue, paragraphs, (i) => (latin[i] ? LATIN_RESIDUE : undefined), (m) => describe(m[0]));
    const seen = sightings.get(residue.id)!;
    const inside = (s: Sighting) => latinFound.some((f) => f.paragraph === s.paragraph && f.start <= s.start && s.start < f.end);
    const headings = new Set(outline.headings.map((h) => h.paragraph));
    const marked = new Set([...latinFound.map((f) => f.paragraph), ...seen.filter((s) => ADVERTISING_WORDS.includes(s.text)).map((s) => s.paragraph)]);
    /** A short line of its own, or one with links or a word only advertising uses: hints there are advertising too. */
    const advertisingLine = (paragraph: number) => {
      const p = paragraphs[paragraph]!;
      return marked.has(paragraph) || (!p.inTable && !headings.has(paragraph) && p.text.trim().length <= ADVERTISING_LINE_MAX);
    };
    const words = seen
      .filter((s) => !inside(s) && (ADVERTISING_WORDS.includes(s.text) || advertisingLine(s.paragraph)))
      .map((s): Finding => ({ rule: residue.id, severity: residue.severity, paragraph: s.paragraph, start: s.start, end: s.start + s.text.length, text: s.text, ...describe(s.text) }));
    const found = [...latinFound, ...words];
    const advertising = new Set(found.filter((f) => f.fix === undefined).map((f) => f.paragraph));
    const phones = matchAll(residue, paragraphs, (i) => (advertising.has(i) ? PHONE : undefined), (m) => describe(m[0]));
    return [...found, ...phones].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  },
};
