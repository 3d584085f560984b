/**
 * Realistic inquiries written for this purpose: each fixtures/NAME.txt is pasted inquiry text,
 * fixtures/NAME.json the questions the splitter must find, in order and exactly.
 */
import { describe, expect, test } from "@jest/globals";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { splitQuestions } from "../../../src/core/questions";

const FIXTURES = join(__dirname, "fixtures");

const names = readdirSync(FIXTURES)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => file.slice(0, -".txt".length))
  .sort();

describe("splitQuestions on realistic inquiries", () => {
  test("there are at least ten fixtures, each with its expected questions", () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
  });

  test.each(names)("%s", (name) => {
    const text = readFileSync(join(FIXTURES, `${name}.txt`), "utf8");
    const expected: unknown = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8"));
    expect(splitQuestions(text).questions).toEqual(expected);
  });
});
