/**
 * Jest for mutation testing (npm run mutate): the Node tests of what is mutated (core, Word layer, command line).
 * Left out: the pane's jsdom tests (Stryker's per-test coverage cannot see into them; they test the pane) and the
 * integration runs that each mutant would repeat for minutes (the corpus, LibreOffice, the installed binary, the
 * hostile folder); the unit tests are the ones that must kill the mutants.
 */
const unit = require("./jest.config");

module.exports = {
  ...unit,
  // src/ too: Jest finds the tests related to a mutated file only through files its haste map holds.
  roots: ["<rootDir>/src", "<rootDir>/test/core", "<rootDir>/test/word", "<rootDir>/test/cli"],
  testPathIgnorePatterns: ["/node_modules/", "libreoffice\\.test\\.ts$", "binary\\.test\\.ts$", "hostile\\.test\\.ts$"],
};
