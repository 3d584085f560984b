/**
 * Questions are numbered 1..n in document order, without gaps or duplicates. One finding per kind of
 * problem (not one per pair), so that deleting the first of 500 questions gives one finding, not 499;
 * each offers the repair that renumbers.
 */
import type { QuestionsSection } from "../../profile/types";
import type { Finding, Rule } from "../findings";
import type { DocumentModel, QuestionPair } from "../model";
import { de, en, error } from "./finding";
import { questionSections } from "./lookup";
import { numberOf } from "./questions";

const ID = "questionNumbering";
const LISTED_NUMBERS = 10;

type Say = (target: number, deText: string, enText: string) => Finding;

function unnumbered(pairs: QuestionPair[], numbers: (number | null)[], title: string, say: Say): Finding[] {
  const positions = numbers.flatMap((n, i) => (n === null ? [i] : []));
  if (positions.length === 0) return [];
  const first = positions[0];
  const more = positions.length - 1;
  const pair = pairs[first];
  return [say(pair.number?.index ?? pair.index,
    `${title} an ${first + 1}. Stelle hat keine gültige Nummer${more > 0 ? ` (und ${more} weitere)` : ""}. Bitte neu nummerieren.`,
    `${title} at position ${first + 1} has no valid number${more > 0 ? ` (and ${more} more)` : ""}. Please renumber.`)];
}

function duplicates(pairs: QuestionPair[], numbers: (number | null)[], say: Say): Finding[] {
  const seen = new Set<number>();
  const reported = new Set<number>();
  const findings: Finding[] = [];
  numbers.forEach((n, i) => {
    if (n === null) return;
    if (seen.has(n) && !reported.has(n)) {
      reported.add(n);
      findings.push(say(pairs[i].number?.index ?? pairs[i].index, `Die Nummer ${n} ist doppelt vergeben. Bitte neu nummerieren.`, `Number ${n} is used twice. Please renumber.`));
    }
    seen.add(n);
  });
  return findings;
}

function gaps(pairs: QuestionPair[], numbers: (number | null)[], say: Say): Finding[] {
  const present = new Set(numbers);
  const missing: number[] = [];
  for (let n = 1; n <= pairs.length; n++) if (!present.has(n)) missing.push(n);
  if (missing.length === 0) return [];
  const listed = missing.slice(0, LISTED_NUMBERS).join(", ") + (missing.length > LISTED_NUMBERS ? ", …" : "");
  const pair = pairs[Math.min(missing[0], pairs.length) - 1];
  const range = `1–${pairs.length}`;
  return [say(pair.number?.index ?? pair.index,
    missing.length === 1
      ? `In der Zählung der Fragen (${range}) fehlt die Nummer ${listed}. Bitte neu nummerieren.`
      : `In der Zählung der Fragen (${range}) fehlen die Nummern ${listed}. Bitte neu nummerieren.`,
    `The numbering of the questions (${range}) lacks ${missing.length === 1 ? "number" : "numbers"} ${listed}. Please renumber.`)];
}

function order(pairs: QuestionPair[], numbers: (number | null)[], title: string, say: Say): Finding[] {
  const first = numbers.findIndex((n, i) => n !== i + 1);
  if (first < 0) return [];
  const pair = pairs[first];
  return [say(pair.number?.index ?? pair.index,
    `${title} ${numbers[first]} steht an ${first + 1}. Stelle: Die Fragen sind nicht der Reihe nach nummeriert. Bitte neu nummerieren.`,
    `${title} ${numbers[first]} stands at position ${first + 1}: the questions are not numbered in order. Please renumber.`)];
}

function sectionFindings(model: DocumentModel, section: QuestionsSection): Finding[] {
  const pairs = model.questions.get(section.id) ?? [];
  const numbers = pairs.map(numberOf);
  const say: Say = (target, deText, enText) => error(ID, { sectionId: section.id, target }, `${de(section.title)}: ${deText}`, `${en(section.title)}: ${enText}`, "renumberQuestions");
  const title = section.question.title;
  const problems = [...unnumbered(pairs, numbers, title, say), ...duplicates(pairs, numbers, say), ...gaps(pairs, numbers, say)];
  // Out of order only matters when every number is there once: otherwise renumbering is already asked for.
  return problems.length > 0 ? problems : order(pairs, numbers, title, say);
}

export const questionNumbering: Rule = {
  id: ID,
  check(model) {
    return questionSections(model.profile).flatMap((section) => sectionFindings(model, section));
  },
};
