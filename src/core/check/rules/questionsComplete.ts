/** A questions section holds at least one pair, and every pair has its question text and a non-empty answer. */
import type { QuestionsSection } from "../../profile/types";
import type { Finding, Rule } from "../findings";
import type { DocumentModel, Occurrence, QuestionPair } from "../model";
import { de, en, error } from "./finding";
import { firstFrame, questionSections } from "./lookup";
import { pairName } from "./questions";

const ID = "questionsComplete";

function partFinding(section: QuestionsSection, pair: QuestionPair, position: number, part: "question" | "answer", found: Occurrence | null): Finding[] {
  if (found && !found.blank) return [];
  const name = pairName(section, pair, position, part);
  const place = { sectionId: section.id, target: found?.index ?? pair.index };
  const todo = part === "question"
    ? { de: "Bitte den Text der Frage aus der Anfrage einfügen.", en: "Please insert the question's text from the inquiry." }
    : { de: "Bitte die Frage beantworten.", en: "Please answer the question." };
  return found
    ? [error(ID, place, `${de(name.de)} ist noch leer. ${todo.de}`, `${en(name.en)} is still empty. ${todo.en}`)]
    : [error(ID, place, `${de(name.de)} fehlt. ${todo.de}`, `${en(name.en)} is missing. ${todo.en}`)];
}

function sectionFindings(model: DocumentModel, section: QuestionsSection): Finding[] {
  const pairs = model.questions.get(section.id) ?? [];
  const frame = firstFrame(model, section.id);
  if (pairs.length === 0) {
    return frame === null ? [] : [error(ID, { sectionId: section.id, target: frame },
      `Der Abschnitt ${de(section.title)} enthält keine Frage. Bitte die Fragen der Anfrage einfügen und beantworten.`,
      `Section ${en(section.title)} holds no question. Please insert the inquiry's questions and answer them.`)];
  }
  return pairs.flatMap((pair, i) => [
    ...partFinding(section, pair, i + 1, "question", pair.question),
    ...partFinding(section, pair, i + 1, "answer", pair.answer),
  ]);
}

export const questionsComplete: Rule = {
  id: ID,
  check(model) {
    return questionSections(model.profile).flatMap((section) => sectionFindings(model, section));
  },
};
