/**
 * Where the build serves the example organisation file (examples/organisation-2026.json), beside
 * the playground.
 */
export const EXAMPLE_REQUIREMENTS_PATH = "examples/organisation-2026.json";
