/** Reading question pairs: the number a pair shows, and what to call it in a message. */
import type { QuestionsSection } from "../../profile/types";
import type { QuestionPair } from "../model";
import { phrase, type MessageValue } from "../messages";

/** "1." / "1" / "1)" → 1; anything else → null. */
export function parseQuestionNumber(text: string): number | null {
  const match = /^(\d{1,6})\s*(?:\.\)?|\))?$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}

export function numberOf(pair: QuestionPair): number | null {
  return pair.number && !pair.number.blank ? parseQuestionNumber(pair.number.text) : null;
}

/** The phrases pairName composes; a rule that names pairs lists them among its phrases. */
export const PAIR_NAME_PHRASES = {
  numberedPair: { de: "{{title}} {{number}}", en: "{{title}} {{number}}" },
  pairAtPosition: { de: "{{title}} an {{position}}. Stelle", en: "{{title}} at position {{position}}" },
} as const;

/** "Frage 3", or "Frage an 3. Stelle" when the pair shows no number. */
export function pairName(
  section: QuestionsSection,
  pair: QuestionPair,
  position: number,
  part: "question" | "answer",
): MessageValue {
  const title = part === "question" ? section.question.title : section.answer.title;
  const number = numberOf(pair);
  return number !== null ? phrase("numberedPair", { title, number }) : phrase("pairAtPosition", { title, position });
}
