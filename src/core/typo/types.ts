import type { Confusion } from "./confusable";

/** Which tier of certainty a typo was found by. */
export type TypoTier = 1 | 2 | 3 | 4;

/** A typo found in a text: the span as written, what it should be, and why. */
export interface TypoMatch {
  tier: TypoTier;
  start: number;
  end: number;
  text: string;
  fix: string;
  /** The whole message for people: what is wrong, why, and the evidence. */
  message: string;
  /** Where the correct form stands, where there is such a source. */
  source?: string;
}

/** A fixed wording a one-character slip is measured against. */
export interface Target {
  text: string;
  tier: 2 | 3;
  /** What it is, for the message: 固定表述, 党务常用词, 规范提法. */
  what: string;
  source?: string;
}

export type { Confusion };
