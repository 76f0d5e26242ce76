import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The pane's progress is awaited, not timed: a busy machine may take seconds to check a report.
    // Speed goals live in `npm run bench`.
    expect: { poll: { timeout: 15_000 } },
  },
});
