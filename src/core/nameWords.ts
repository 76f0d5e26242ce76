// Words a phrase's name is never cut inside: the genre's words and expressions (the 错别字 check's
// lists) and the 提法 library's names and short wordings. Loaded when a phrase is first named.
import expressions from "../content/typos/expressions.json";
import vocabulary from "../content/typos/vocabulary.json";
import { PHRASES } from "../content/phrases";

const WORDS = new Set([
  ...vocabulary.entries,
  ...expressions.entries,
  ...PHRASES.flatMap((p) => (p.kind === "formulation" ? [p.name, p.expansion] : [])),
]);

export const isKnownWord = (word: string): boolean => WORDS.has(word);
