/** Jest: ts-jest in isolatedModules mode; `npm run typecheck` does the type checking once. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          jsx: "react-jsx",
          module: "commonjs",
          isolatedModules: true,
          esModuleInterop: true,
          resolveJsonModule: true,
        },
      },
    ],
  },
  setupFiles: ["<rootDir>/test/support/jsdom-setup.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/support/no-console.ts"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  moduleNameMapper: { "\\.css$": "<rootDir>/test/support/css-stub.js" },
  // A pane test's first render loads Fluent UI and the lazy chunks: under 1 s idle, several seconds when two runs share
  // two cores. The budget says what a test may take on CI's machines; the heavy ones set their own.
  testTimeout: 20_000,
};
