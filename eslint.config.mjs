import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const layer = (files, patterns, message) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/host/word/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.{js,mjs,cjs}"], languageOptions: { globals: globals.node } },
  { files: ["tests/**"], rules: { "@typescript-eslint/no-this-alias": "off" } },
  {
    files: ["webpack.config.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**", "scripts/bench/officeStub.js"],
    languageOptions: { globals: globals.browser },
  },
  // Only the Word host touches Office.js.
  {
    files: ["src/**"],
    ignores: ["src/host/word/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Office.js belongs in src/host/word." },
        { name: "Word", message: "Office.js belongs in src/host/word." },
      ],
    },
  },
  // Dependencies point one way: taskpane → host → core → content.
  layer(
    ["src/content/**"],
    ["**/core/**", "**/host/**", "**/taskpane/**", "react", "react-dom", "@fluentui/*"],
    "content is data: it imports nothing of the app."
  ),
  layer(
    ["src/core/**"],
    ["**/host/**", "**/taskpane/**", "**/playground/**", "react", "react-dom", "@fluentui/*"],
    "core is pure TypeScript: no host, no UI."
  ),
  layer(
    ["src/cli/**"],
    ["**/host/**", "**/taskpane/**", "**/playground/**", "react", "react-dom", "@fluentui/*"],
    "the command line runs the core only."
  ),
  layer(
    ["src/host/**"],
    ["**/taskpane/**", "**/playground/**", "react", "react-dom", "@fluentui/*"],
    "host knows nothing of the UI."
  )
);
