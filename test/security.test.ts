/**
 * No document text, profile text or pasted Anfrage is ever rendered as HTML, and no code is made from strings:
 * the pane's Content-Security-Policy forbids eval, and React escapes every text it renders, as long as nothing
 * in src/ goes around it. (The built page's CSP itself is checked by the browser tests, test/e2e/csp.e2e.ts.)
 */
import { readFileSync } from "fs";
import path from "path";
import { expect, test } from "@jest/globals";
import { sourceFiles } from "./support/sources";

const AROUND_REACT = [
  "dangerouslySetInnerHTML",
  "innerHTML",
  "outerHTML",
  "insertAdjacentHTML",
  "document.write",
  "createContextualFragment",
  "DOMParser",
  "srcdoc",
  "eval(",
  "new Function",
  "javascript:",
];

test("nothing in src/ renders text as HTML or turns a string into code", () => {
  const offenders = sourceFiles(path.resolve(__dirname, "../src"), /\.(ts|tsx|html)$/).flatMap((file) => {
    const code = readFileSync(file, "utf8");
    return AROUND_REACT.filter((word) => code.includes(word)).map(
      (word) => `${path.relative(process.cwd(), file)}: ${word}`,
    );
  });
  expect(offenders).toEqual([]);
});
