import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**"],
    environment: "node",
    globalSetup: ["tests/globalSetup.ts"],
    // Tests assert behaviour, not speed (speed is measured in npm run bench). Vitest's 5 s default
    // failed correct tests that load the pinyin library or read large files on a machine loaded
    // several times its cores; tests that run child processes set their own, larger limits.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
