/**
 * The answer to the seed's inquiry as the council information system gives it (the OParl sample): the values and
 * the eight questions that the pane inserts and `new --oparl` writes alike.
 */
import { prefilledValues } from "../../src/core/document/inquiry";
import type { AnswerContent } from "../../src/core/ooxml/document";
import type { Profile } from "../../src/core/profile";
import { splitQuestions } from "../../src/core/questions";
import { SEED_INQUIRY_TEXT } from "./oparl-seed";

export const SEED_INQUIRY_VALUES = {
  "inquiry.number": "VO/0548/13",
  "inquiry.faction": "Fraktion DIE LINKE",
  "meeting.date": "24.06.2013",
  "meeting.committee": "Ausschuss für Soziales, Familie und Gesundheit",
};

/** The paper's date, taken as the day the inquiry came in. */
export const SEED_INQUIRY_RECEIVED = "10.06.2013";

export function seedAnswerFromOParl(profile: Profile): AnswerContent {
  const questions = splitQuestions(SEED_INQUIRY_TEXT).questions;
  if (questions.length !== 8)
    throw new Error(`the seed's inquiry has 8 questions, the splitter found ${questions.length}`);
  return {
    values: prefilledValues(profile, SEED_INQUIRY_VALUES),
    questions: { reasons: questions.map((question) => ({ question, answer: "" })) },
  };
}
