/**
 * An answer that only refers to another ("Siehe 1.", "siehe Antwort zu Frage 3", "Vgl. Antwort 2",
 * "s. o. zu 1") points to an existing other question that has an answer of its own. Answers that say more
 * (a real referral, "Siehe Anlage 1") are not references in this sense.
 */
import type { QuestionsSection } from "../../profile/types";
import type { Finding, Rule } from "../findings";
import type { DocumentModel, QuestionPair } from "../model";
import { de, en, error } from "./finding";
import { questionSections } from "./lookup";
import { numberOf, pairName } from "./questions";

const ID = "answerReferences";

const REFERENCE = new RegExp(
  "^(?:siehe|s\\.|vgl\\.?|vergleiche)\\s*" +
    "(?:(?:hierzu|dazu|oben|o\\.)\\s*,?\\s*)*" +
    "(?:(?:die|meine|unsere)\\s+)?" +
    "(?:(?:antwort(?:en)?|ausführung(?:en)?)\\s*)?" +
    "(?:(?:zu|auf|unter|bei|in)\\s+)?" +
    "(?:(?:der\\s+)?(?:frage|ziffer|punkt)\\s*)?" +
    "(?:nr\\.?\\s*)?" +
    "(\\d{1,6}(?:\\s*(?:,|und|u\\.|sowie|bzw\\.)\\s*\\d{1,6})*)" +
    "\\s*[.):]?\\s*$",
  "iu",
);

/** The question numbers an answer only refers to, or null when the answer is an answer. */
export function referencedNumbers(answer: string): number[] | null {
  const match = REFERENCE.exec(answer.trim());
  return match ? (match[1].match(/\d+/g) ?? []).map(Number) : null;
}

function hasOwnAnswer(pair: QuestionPair): boolean {
  return pair.answer !== null && !pair.answer.blank && referencedNumbers(pair.answer.text) === null;
}

type Problem = "missing" | "self" | "noOwnAnswer";

function problemWith(referring: QuestionPair, number: number, byNumber: Map<number, QuestionPair>): Problem | null {
  const target = byNumber.get(number);
  if (!target) return "missing";
  if (target === referring) return "self";
  return hasOwnAnswer(target) ? null : "noOwnAnswer";
}

function message(problem: Problem, name: { de: string; en: string }, question: string, number: number): { de: string; en: string } {
  switch (problem) {
    case "missing":
      return { de: `${de(name.de)} verweist auf ${question} ${number}, die es nicht gibt. Bitte den Verweis korrigieren oder die Frage selbst beantworten.`, en: `${en(name.en)} refers to ${question} ${number}, which does not exist. Please correct the reference or answer the question itself.` };
    case "self":
      return { de: `${de(name.de)} verweist auf sich selbst. Bitte die Frage beantworten.`, en: `${en(name.en)} refers to itself. Please answer the question.` };
    case "noOwnAnswer":
      return { de: `${de(name.de)} verweist auf ${question} ${number}, die selbst keine eigene Antwort hat. Bitte dort antworten oder hier selbst antworten.`, en: `${en(name.en)} refers to ${question} ${number}, which has no answer of its own. Please answer there or answer here.` };
  }
}

function sectionFindings(model: DocumentModel, section: QuestionsSection): Finding[] {
  const pairs = model.questions.get(section.id) ?? [];
  const byNumber = new Map<number, QuestionPair>();
  for (const pair of pairs) {
    const n = numberOf(pair);
    if (n !== null && !byNumber.has(n)) byNumber.set(n, pair);
  }
  return pairs.flatMap((pair, i) => {
    const answer = pair.answer;
    const numbers = answer && !answer.blank ? referencedNumbers(answer.text) : null;
    if (!answer || !numbers) return [];
    const name = pairName(section, pair, i + 1, "answer");
    return numbers.flatMap((n) => {
      const problem = problemWith(pair, n, byNumber);
      if (!problem) return [];
      const text = message(problem, name, section.question.title, n);
      return [error(ID, { sectionId: section.id, target: answer.index }, text.de, text.en)];
    });
  });
}

export const answerReferences: Rule = {
  id: ID,
  check(model) {
    return questionSections(model.profile).flatMap((section) => sectionFindings(model, section));
  },
};
