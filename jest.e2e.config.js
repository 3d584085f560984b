/**
 * Jest for the browser tests (npm run test:e2e, which npm test runs last): the built pane in headless Chromium.
 * One browser at a time; a production build is made once for all of them (test/e2e/support/setup.ts).
 */
const unit = require("./jest.config");

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: unit.transform,
  moduleFileExtensions: unit.moduleFileExtensions,
  globalSetup: "<rootDir>/test/e2e/support/setup.ts",
  globalTeardown: "<rootDir>/test/e2e/support/teardown.ts",
  setupFilesAfterEnv: ["<rootDir>/test/support/no-console.ts"],
  maxWorkers: 1,
  testTimeout: 120_000,
};
