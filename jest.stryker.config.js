/**
 * Jest for mutation testing (npm run mutate): the tests of what is mutated (core, Word layer, command line), in
 * Node. The pane's tests run in jsdom, which Stryker's per-test coverage cannot see into; they test the pane.
 */
const unit = require("./jest.config");

module.exports = {
  ...unit,
  roots: ["<rootDir>/test/core", "<rootDir>/test/word", "<rootDir>/test/cli", "<rootDir>/test/corpus"],
};
