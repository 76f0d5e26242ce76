import {
  manifestRuleProblems as rules,
  validateManifest as validate,
} from "../scripts/manifest/validate.mjs";

/**
 * Validate a manifest offline (the project's schema and rules, and Microsoft's schemas where
 * present); throws with what is wrong.
 */
export function validateManifest(path: string): string[] {
  return validate(path) as string[];
}

export const manifestRuleProblems = rules as (xml: string) => string[];
