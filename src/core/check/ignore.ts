import type { DocParagraph } from "../document";
import { touchesAllowedWord } from "../typo/allowedWords";
import { remedyOf } from "./rules";
import type { Finding } from "./types";

/** The document setting that holds the ignored findings. */
export const IGNORED_SETTING = "ignored";
const MAX_IGNORED = 500;
const CONTEXT = 8;

/**
 * A finding's identity that survives edits elsewhere in the document: its rule, its text and a
 * few characters either side (a missing section has no text: its message names it).
 */
export function ignoreKey(finding: Finding, paragraphs: readonly DocParagraph[]): string {
  if (finding.text === "") return `${finding.rule}|${finding.message}`;
  const text = paragraphs[finding.paragraph]?.text ?? "";
  return [
    finding.rule,
    text.slice(Math.max(0, finding.start - CONTEXT), finding.start),
    finding.text,
    text.slice(finding.end, finding.end + CONTEXT),
  ].join("|");
}

/**
 * Stored beside the ignored findings: a word the user marked as correct (忽略此词), for the 错别字
 * rule.
 */
const WORD_KEY = "typo-word|";

/** The key that marks a typo finding's text as a correct word everywhere in the document. */
export function ignoreWordKey(finding: Finding): string {
  return `${WORD_KEY}${finding.text}`;
}

/** The words marked as correct among the stored keys. */
export function ignoredWords(keys: readonly string[]): string[] {
  return keys
    .filter((k) => k.startsWith(WORD_KEY) && k.length > WORD_KEY.length)
    .map((k) => k.slice(WORD_KEY.length));
}

/** The ignored keys stored with the document; anything unreadable counts as none. */
export function parseIgnored(stored: string | undefined): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === "string") : [];
  } catch {
    return [];
  }
}

/** The stored form after ignoring one more key; the oldest go first past the limit. */
export function addIgnored(keys: readonly string[], key: string): string {
  return JSON.stringify([...keys.filter((k) => k !== key), key].slice(-MAX_IGNORED));
}

/**
 * Findings split into those still to show and the number ignored: ignored findings, and typo
 * findings on a word marked as correct, by the user in this document or by the organisation
 * (`allowedWords`).
 */
export function withoutIgnored(
  findings: readonly Finding[],
  paragraphs: readonly DocParagraph[],
  ignored: readonly string[],
  allowedWords: readonly string[] = []
): { shown: Finding[]; ignored: number } {
  const set = new Set(ignored);
  const words = [...ignoredWords(ignored), ...allowedWords];
  const wordAllowed = (f: Finding) =>
    remedyOf(f) === "allow-word" &&
    words.length > 0 &&
    touchesAllowedWord(paragraphs[f.paragraph]?.text ?? "", f.start, f.end, words);
  const shown = findings.filter((f) => !set.has(ignoreKey(f, paragraphs)) && !wordAllowed(f));
  return { shown, ignored: findings.length - shown.length };
}

/** One thing ignored that hides findings of this check: a finding, or a word marked as correct. */
export interface IgnoredItem {
  /** The stored key, to restore this one alone. */
  key: string;
  /** The first finding it hides, in document order; none for a word. */
  finding?: Finding;
  word?: string;
  /** How many findings it hides. */
  hidden: number;
}

/**
 * What the writer ignored that hides findings now, in document order: each ignored finding, and
 * each word marked as correct with the typo findings on it. Stored keys that hide nothing are left
 * out.
 */
export function ignoredItems(
  findings: readonly Finding[],
  paragraphs: readonly DocParagraph[],
  keys: readonly string[]
): IgnoredItem[] {
  const stored = new Set(keys);
  const items = new Map<string, IgnoredItem>();
  const hide = (key: string, f: Finding, word?: string) => {
    const item = items.get(key);
    if (item) item.hidden++;
    else items.set(key, { key, ...(word === undefined ? { finding: f } : { word }), hidden: 1 });
  };
  const words = ignoredWords(keys);
  for (const f of findings) {
    const key = ignoreKey(f, paragraphs);
    if (stored.has(key)) hide(key, f);
    if (remedyOf(f) !== "allow-word") continue;
    const text = paragraphs[f.paragraph]?.text ?? "";
    for (const word of words)
      if (touchesAllowedWord(text, f.start, f.end, [word])) hide(`${WORD_KEY}${word}`, f, word);
  }
  return [...items.values()];
}

/** The stored form without one key: that finding, or that word, shows again at the next check. */
export function removeIgnored(keys: readonly string[], key: string): string {
  return JSON.stringify(keys.filter((k) => k !== key));
}
