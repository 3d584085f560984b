/**
 * An answer that only refers to another ("Siehe 1.", "siehe Antwort zu Frage 3", "Vgl. Antwort 2",
 * "s. o. zu 1") points to an existing other question that has an answer of its own. Answers that say more
 * (a real referral, "Siehe Anlage 1") are not references in this sense.
 */
import type { QuestionsSection } from "../../profile/types";
import { defineRule, type Report } from "../findings";
import { quoted } from "../messages";
import type { DocumentModel, QuestionPair } from "../model";
import { questionSections } from "../support/lookup";
import { numberOf, PAIR_NAME_PHRASES, pairName } from "../support/questionNumbers";
import { referencedNumbers } from "../values/references";

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

function sectionFindings(model: DocumentModel, section: QuestionsSection): Report<Problem>[] {
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
    const name = quoted(pairName(section, pair, i + 1, "answer"));
    return numbers.flatMap((number) => {
      const problem = problemWith(pair, number, byNumber);
      if (!problem) return [];
      return [
        {
          messageId: problem,
          sectionId: section.id,
          target: answer.index,
          data: { name, question: section.question.title, number },
        },
      ];
    });
  });
}

export default defineRule<Problem>({
  id: "answerReferences",
  description: {
    de: "Eine Antwort, die nur auf eine andere verweist („Siehe 1.“), zeigt auf eine vorhandene Frage mit eigener Antwort.",
    en: "An answer that only refers to another (“Siehe 1.”) points to an existing question with an answer of its own.",
  },
  messages: {
    missing: {
      severity: "error",
      de: "{{name}} verweist auf {{question}} {{number}}, die es nicht gibt. Bitte den Verweis korrigieren oder die Frage selbst beantworten.",
      en: "{{name}} refers to {{question}} {{number}}, which does not exist. Please correct the reference or answer the question itself.",
    },
    self: {
      severity: "error",
      de: "{{name}} verweist auf sich selbst. Bitte die Frage beantworten.",
      en: "{{name}} refers to itself. Please answer the question.",
    },
    noOwnAnswer: {
      severity: "error",
      de: "{{name}} verweist auf {{question}} {{number}}, die selbst keine eigene Antwort hat. Bitte dort antworten oder hier selbst antworten.",
      en: "{{name}} refers to {{question}} {{number}}, which has no answer of its own. Please answer there or answer here.",
    },
  },
  phrases: PAIR_NAME_PHRASES,
  check(model) {
    return questionSections(model.profile).flatMap((section) => sectionFindings(model, section));
  },
});
