/**
 * Lint (npm run lint, part of npm test). Besides the recommended rules for TypeScript, React's hooks, accessible
 * JSX and Office.js batches, this states the layers (README, "How the code is laid out") so that breaking one fails:
 * src/core imports no React, Office or Node and nothing above it; only src/word (and the emulator that stands in
 * for Word) touches the Word and Office globals; the pane reaches Word through the gateway and the host only.
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

const OFFICE_GLOBALS = ["Office", "Word", "OfficeExtension"].map((name) => ({
  name,
  message: "Only src/word talks to Office and Word; ask src/word/host.ts or the gateway.",
}));

const TESTING_ENTRY = {
  regex: "(^|/)word-emulator/testing$",
  message: "The emulator's testing entry is for tests and the benchmark only.",
};

/** no-restricted-imports for one layer; a later block's setting replaces an earlier one's, so each layer lists all. */
const restrictImports = (...patterns) => ["error", { patterns: [...patterns, TESTING_ENTRY] }];

const NODE = ["node:*", "fs", "fs/*", "path", "os", "child_process", "crypto", "url", "util", "stream", "zlib"];

export default tseslint.config(
  { ignores: ["dist/", "build/", "coverage/", "reports/", ".stryker-tmp/", ".test-output/", "node_modules/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/preview/**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    files: ["src/word/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      // Not no-navigational-load: it takes load("tag") on a parentContentControlOrNullObject for a navigation load.
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": restrictImports(
        {
          group: [
            "react",
            "react-dom",
            "react/*",
            "react-dom/*",
            "@fluentui/*",
            "@microsoft/office-js",
            "office-addin-*",
            ...NODE,
          ],
          message: "src/core is pure: no React, Office.js or Node.",
        },
        {
          regex: "(^|/)(word|word-emulator|taskpane|preview|cli)/",
          message: "src/core imports nothing from the layers built on it.",
        },
      ),
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrictImports(
        {
          regex: "(^|/)word/(?!(gateway|host)$)",
          message: "The pane reaches Word through src/word/gateway.ts and src/word/host.ts only.",
        },
        {
          regex: "(^|/)word-emulator(/|$)",
          message: "The emulator is the preview's and the tests' business, not the pane's.",
        },
        { group: NODE, message: "The pane runs in a browser." },
      ),
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
    },
  },
  {
    files: ["src/cli/**/*.ts", "src/preview/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS], "no-restricted-imports": restrictImports() },
  },
  {
    files: ["src/word/**/*.ts", "src/word-emulator/**/*.ts"],
    ignores: ["src/word-emulator/testing.ts"],
    rules: { "no-restricted-imports": restrictImports() },
  },
);
