/**
 * Jest for mutation testing of the Word layer (stryker.config.json, part of npm run mutate): the Word layer's tests,
 * which run it against the emulator. The core's mutants are judged by the core's unit tests
 * (jest.stryker.core.config.js); the pane's jsdom tests and the command line's are left out (Stryker's per-test
 * coverage cannot see into the pane, and each mutant would repeat the command line's file work for seconds).
 */
const unit = require("./jest.config");

module.exports = {
  ...unit,
  // src/ too: Jest finds the tests related to a mutated file only through files its haste map holds.
  roots: ["<rootDir>/src", "<rootDir>/test/word"],
};
