/**
 * Jest for mutation testing of the core (npm run mutate:core): only test/core, whose unit tests are the ones that
 * must kill the core's mutants. The Word layer's and the command line's tests (jest.stryker.config.js) run every
 * check and writer mutant through seconds of emulator and file work, which makes a run of src/core/check take hours.
 */
const unit = require("./jest.config");

module.exports = {
  ...unit,
  // src/ too: Jest finds the tests related to a mutated file only through files its haste map holds.
  roots: ["<rootDir>/src", "<rootDir>/test/core"],
};
