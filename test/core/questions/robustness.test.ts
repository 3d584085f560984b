/** splitQuestions must never throw and must stay fast, whatever is pasted into the task pane. */
import { expect, test } from "@jest/globals";
import fc from "fast-check";
import { splitQuestions } from "../../../src/core/questions";

const ODD_INPUTS: unknown[] = [
  "",
  " ",
  "\n\n\r\n\t\u00a0",
  "?",
  "1.",
  "1.\n2.\n3.",
  "(",
  ")",
  "Frage",
  "Frage 1:",
  "a)",
  "- ",
  "•",
  "\u0000\u0001\u001f",
  "\ud800 lone surrogate \udfff",
  "😀 1. Wie? 😀 2. Was?",
  "1. ".repeat(5000),
  "1. Wie?\n".repeat(3000),
  "?".repeat(20000),
  "a) ".repeat(5000),
  "Mit freundlichen Grüßen ".repeat(2000),
  undefined,
  null,
  42,
  {},
];

test.each(ODD_INPUTS.map((input) => [input]))("does not throw on %p", (input) => {
  const result = splitQuestions(input as string);
  expect(Array.isArray(result.questions)).toBe(true);
  expect(result.questions.every((question) => typeof question === "string" && question !== "")).toBe(true);
});

test("empty text, and what is not text at all, gives no questions", () => {
  for (const input of ["", undefined, null, 42, {}]) expect(splitQuestions(input as string)).toEqual({ questions: [] });
});

/** Strings built from the pieces the splitter reacts to, so random input reaches every branch. */
const inquiryLikeText = fc
  .array(
    fc.constantFrom(
      "1.",
      "2.",
      "3.",
      "1)",
      "2)",
      "(1)",
      "(2)",
      "Frage 1:",
      "Frage 2.",
      "a)",
      "b.",
      "- ",
      "• ",
      "?",
      ".",
      ":",
      " ",
      "\n",
      "\r\n",
      "\t",
      "\u00a0",
      "\v",
      "Wie viele",
      "Plätze",
      "Grüße",
      "Mit freundlichen Grüßen",
      "Sehr geehrte Damen und Herren,",
      "Begründung:",
      "gez.",
      "31.12.2012",
      "2.500",
      "§ 31",
      "Ziffer",
      "ß",
      "ü",
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(""));

test("never throws on inquiry-like random text, and every question is non-empty and trimmed", () => {
  fc.assert(
    fc.property(fc.oneof(inquiryLikeText, fc.string({ unit: "binary", maxLength: 300 })), (text) => {
      const { questions } = splitQuestions(text);
      return questions.every((question) => question !== "" && question === question.trim());
    }),
    { numRuns: 2000 },
  );
});

test("a very long inquiry with a long Begründung keeps all 99 questions", () => {
  const questions = Array.from({ length: 99 }, (_, i) => `${i + 1}. Wie viele Anträge gab es am 31.12.20${i % 10}0?`);
  const text = `Sehr geehrte Damen und Herren,\n${questions.join("\n")}\n${"Begründung. ".repeat(20000)}`;
  const result = splitQuestions(text);
  expect(result.questions).toHaveLength(99);
});

// A pasted list of 250,000 bullets (about 3 MB): an argument list that long overflows the stack. Seconds of work.
test("a quarter of a million bullet lines, nested or not, are split without overflowing the stack", () => {
  const lines = Array.from({ length: 250_000 }, (_, i) => (i % 2 === 0 ? "- Wie viele?" : "\to\tWelche?"));
  expect(splitQuestions(lines.join("\n")).questions).toHaveLength(125_000);
}, 60_000);
