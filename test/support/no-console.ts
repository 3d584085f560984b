/**
 * A test that makes the code under test write to console.error or console.warn fails: a new warning (React's act(),
 * a failed prop type, a library's deprecation) is a finding, not noise on a green run.
 */
import { afterEach, beforeEach } from "@jest/globals";
import { format } from "util";

const original = { error: console.error, warn: console.warn };
let written: string[] = [];

beforeEach(() => {
  written = [];
  console.error = (...args: unknown[]) => void written.push(`console.error: ${format(...args)}`);
  console.warn = (...args: unknown[]) => void written.push(`console.warn: ${format(...args)}`);
});

afterEach(() => {
  console.error = original.error;
  console.warn = original.warn;
  if (written.length > 0) throw new Error(`Unexpected console output:\n${written.join("\n").slice(0, 2000)}`);
});
