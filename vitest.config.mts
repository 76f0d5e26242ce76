import { defineConfig } from "vitest/config";

/**
 * Round trips through LibreOffice: about half the unit-test time, left out of `npm run test:unit`.
 */
const LIBREOFFICE = ["tests/**/*LibreOffice.test.ts"];

export default defineConfig({
  test: {
    environment: "node",
    globalSetup: ["tests/globalSetup.ts"],
    // Tests assert behaviour, not speed (speed is measured in npm run bench). Vitest's 5 s default
    // failed correct tests that load the pinyin library or read large files on a machine loaded
    // several times its cores; tests that run child processes set their own, larger limits.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // `vitest run` runs both projects (npm test, CI); `vitest run --project unit` the quick one.
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/browser/**", ...LIBREOFFICE],
        },
      },
      { extends: true, test: { name: "libreoffice", include: LIBREOFFICE } },
    ],
  },
});
