import {
  ADVERTISING_HINTS,
  ADVERTISING_LINE_MAX,
  ADVERTISING_WORDS,
} from "../../../content/checkWords";
import { escapeRegex } from "../../regexSource";
import { matchAll } from "../match";
import { say } from "../say";
import type { CheckContext, Finding, Rule, RuleForm } from "../types";
import type { Sighting } from "../watch";
import { byDocumentOrder } from "../order";

/** Paywall markers, links and group numbers (matched ignoring case). */
const FORMS: readonly RuleForm[] = [
  { pattern: "##\\s*paid(?:begin|end)\\s*##", example: "##paidbegin##" },
  // An example a bundle-address check does not take for an address.
  { pattern: "https?:\\/\\/\\S+", example: "http://范文网/123.html" },
  { pattern: "www\\.[\\w.-]+", example: "www.example.com" },
  { pattern: "QQ群", example: "QQ群" },
];
const LATIN_RESIDUE = new RegExp(FORMS.map((f) => f.pattern).join("|"), "gi");
/** Every one of them starts with one of these. */
const FIRST = /[#hwq]/i;
/**
 * A mobile number, looked for only in a line already showing advertising or links: a report may
 * well end with 联系人 and 联系电话, and that number is no residue.
 */
// A mobile number stands alone: no digit after (below), none before (checked by hand, as older
// macOS webviews cannot parse a lookbehind).
const PHONE = /1[3-9]\d{9}(?!\d)/g;

const MESSAGES = {
  marker: "“{{text}}”是从素材网站复制带来的标记，应删除。",
  advertising: "“{{text}}”像是从网站复制带来的广告、联系方式或链接，请核实后删除。",
  line: "“{{text}}”整行像是从网站复制带来的广告，应删除。",
};

function describe(text: string): { message: string; fix?: string } {
  return /paid/i.test(text)
    ? { message: say(MESSAGES.marker, { text }), fix: "" }
    : { message: say(MESSAGES.advertising, { text }) };
}

function wholeLineFinding(text: string, paragraph: number): Finding {
  const start = text.length - text.trimStart().length;
  const line = text.trim();
  return {
    rule: residue.id,
    severity: residue.meta.severity,
    paragraph,
    start,
    end: start + line.length,
    text: line,
    fix: "",
    message: say(MESSAGES.line, { text: line }),
  };
}

/**
 * Advertising words where they are advertising: words only advertising uses anywhere; words reports
 * use too (公众号, 客服…) in a short line of their own or beside other advertising or links. A
 * short line without figures is the advertisement as a whole, and one finding deletes it.
 */
function advertisingFindings(
  { paragraphs, outline, sightings }: CheckContext,
  latinFound: readonly Finding[]
): Finding[] {
  const seen = sightings.get(residue.id)!;
  const headings = new Set(outline.headings.map((h) => h.paragraph));
  // Links and words only advertising uses; a paywall marker is often glued to real report text, so
  // it does not count.
  const marked = new Set([
    ...latinFound.filter((f) => f.fix === undefined).map((f) => f.paragraph),
    ...seen.filter((s) => ADVERTISING_WORDS.includes(s.text)).map((s) => s.paragraph),
  ]);
  const inLink = (s: Sighting) =>
    latinFound.some((f) => f.paragraph === s.paragraph && f.start <= s.start && s.start < f.end);
  const shortLine = (paragraph: number) => {
    const p = paragraphs[paragraph]!;
    return !p.inTable && !headings.has(paragraph) && p.text.trim().length <= ADVERTISING_LINE_MAX;
  };
  const advertising = seen.filter(
    (s) =>
      !inLink(s) &&
      (ADVERTISING_WORDS.includes(s.text) || marked.has(s.paragraph) || shortLine(s.paragraph))
  );
  const wholeLines = new Set(
    advertising
      .map((s) => s.paragraph)
      .filter((i) => shortLine(i) && !/\d/.test(paragraphs[i]!.text))
  );
  return [
    ...[...wholeLines].map((paragraph) => wholeLineFinding(paragraphs[paragraph]!.text, paragraph)),
    ...advertising
      .filter((s) => !wholeLines.has(s.paragraph))
      .map((s): Finding => ({
        rule: residue.id,
        severity: residue.meta.severity,
        paragraph: s.paragraph,
        start: s.start,
        end: s.start + s.text.length,
        text: s.text,
        ...describe(s.text),
      })),
  ];
}

/**
 * What material websites leave in pasted text: paywall markers, advertising, contacts and links.
 */
export const residue: Rule = {
  id: "residue",
  meta: {
    title: "网站残留内容",
    kind: "content",
    severity: "error",
    fixable: true,
    messages: MESSAGES,
    prefilter: (text) => FIRST.test(text),
    forms: FORMS,
    parts: true,
    watch: [...ADVERTISING_WORDS, ...ADVERTISING_HINTS].map(escapeRegex).join("|"),
  },
  check: (context) => {
    const { paragraphs } = context;
    const { prefilter } = residue.meta;
    const latinFound = matchAll(
      residue,
      paragraphs,
      (i) => (prefilter!(paragraphs[i]!.text) ? LATIN_RESIDUE : undefined),
      (m) => describe(m[0])
    );
    const advertising = advertisingFindings(context, latinFound);
    // Links and advertising, not paywall markers, make a line's mobile number residue too.
    const withAds = new Set(
      [...latinFound.filter((f) => f.fix === undefined), ...advertising].map((f) => f.paragraph)
    );
    const phones = matchAll(
      residue,
      paragraphs,
      (i) => (withAds.has(i) ? PHONE : undefined),
      (m) => (/\d/.test(m.input[m.index - 1] ?? "") ? undefined : describe(m[0]))
    );
    return [...latinFound, ...advertising, ...phones].sort(byDocumentOrder);
  },
};
