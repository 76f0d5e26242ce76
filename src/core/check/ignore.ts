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

/** Stored beside the ignored findings: a word the user marked as correct (忽略此词), for the 错别字 rule. */
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
 * findings on a word marked as correct, by the user in this document or by the organisation (`allowedWords`).
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
