/** A questions section holds at least one pair, and every pair has its question text and a non-empty answer. */
import type { QuestionsSection } from "../../profile/types";
import { defineRule, type Report } from "../findings";
import { phrase, quoted } from "../messages";
import type { DocumentModel, Occurrence, QuestionPair } from "../model";
import { firstFrame, questionSections } from "../support/lookup";
import { PAIR_NAME_PHRASES, pairName } from "../support/questionNumbers";

type MessageId = "noQuestion" | "empty" | "missing";

function partFinding(
  section: QuestionsSection,
  pair: QuestionPair,
  position: number,
  part: "question" | "answer",
  found: Occurrence | null,
): Report<MessageId>[] {
  if (found && !found.blank) return [];
  const data = {
    name: quoted(pairName(section, pair, position, part)),
    todo: phrase(part === "question" ? "insertQuestion" : "answerIt"),
  };
  return [{ messageId: found ? "empty" : "missing", sectionId: section.id, target: found?.index ?? pair.index, data }];
}

function sectionFindings(model: DocumentModel, section: QuestionsSection): Report<MessageId>[] {
  const pairs = model.questions.get(section.id) ?? [];
  const frame = firstFrame(model, section.id);
  if (pairs.length === 0) {
    return frame === null
      ? []
      : [{ messageId: "noQuestion", sectionId: section.id, target: frame, data: { section: quoted(section.title) } }];
  }
  return pairs.flatMap((pair, i) => [
    ...partFinding(section, pair, i + 1, "question", pair.question),
    ...partFinding(section, pair, i + 1, "answer", pair.answer),
  ]);
}

export default defineRule<MessageId>({
  id: "questionsComplete",
  description: {
    de: "Jede Frage hat ihren Text und eine nicht leere Antwort; ein Fragenabschnitt enthält mindestens eine Frage.",
    en: "Every question has its text and a non-empty answer; a questions section holds at least one question.",
  },
  messages: {
    noQuestion: {
      severity: "error",
      de: "Der Abschnitt {{section}} enthält keine Frage. Bitte die Fragen der Anfrage einfügen und beantworten.",
      en: "Section {{section}} holds no question. Please insert the inquiry's questions and answer them.",
    },
    empty: { severity: "error", de: "{{name}} ist noch leer. {{todo}}", en: "{{name}} is still empty. {{todo}}" },
    missing: { severity: "error", de: "{{name}} fehlt. {{todo}}", en: "{{name}} is missing. {{todo}}" },
  },
  phrases: {
    ...PAIR_NAME_PHRASES,
    insertQuestion: {
      de: "Bitte den Text der Frage aus der Anfrage einfügen.",
      en: "Please insert the question's text from the inquiry.",
    },
    answerIt: { de: "Bitte die Frage beantworten.", en: "Please answer the question." },
  },
  check(model) {
    return questionSections(model.profile).flatMap((section) => sectionFindings(model, section));
  },
});
