/** Types of the plain ESM manifest helpers, shared by the scripts and the tests. */
export function officialSchema(): string | undefined;
export function manifestRuleProblems(xml: string): string[];
export function validateManifest(manifest: string): string[];
