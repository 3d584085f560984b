/**
 * Questions are numbered 1..n in document order, without gaps or duplicates. One finding per kind of
 * problem (not one per pair), so that deleting the first of 500 questions gives one finding, not 499;
 * each offers the repair that renumbers.
 */
import type { QuestionsSection } from "../../profile/types";
import { defineRule, type Report } from "../findings";
import { listOf, phrase, quoted, type MessageData } from "../messages";
import type { DocumentModel, QuestionPair } from "../model";
import { questionSections } from "../support/lookup";
import { numberOf } from "../support/questionNumbers";

type MessageId = "unnumbered" | "duplicate" | "gap" | "gaps" | "outOfOrder";
type Say = (pair: QuestionPair, messageId: MessageId, data: MessageData) => Report<MessageId>;
const LISTED_NUMBERS = 10;

function unnumbered(pairs: QuestionPair[], numbers: (number | null)[], title: string, say: Say): Report<MessageId>[] {
  const positions = numbers.flatMap((n, i) => (n === null ? [i] : []));
  if (positions.length === 0) return [];
  const more = positions.length - 1;
  return [
    say(pairs[positions[0]], "unnumbered", {
      title,
      position: positions[0] + 1,
      more: more > 0 ? phrase("andMore", { count: more }) : "",
    }),
  ];
}

function duplicates(pairs: QuestionPair[], numbers: (number | null)[], say: Say): Report<MessageId>[] {
  const seen = new Set<number>();
  const reported = new Set<number>();
  const findings: Report<MessageId>[] = [];
  numbers.forEach((n, i) => {
    if (n === null) return;
    if (seen.has(n) && !reported.has(n)) {
      reported.add(n);
      findings.push(say(pairs[i], "duplicate", { number: n }));
    }
    seen.add(n);
  });
  return findings;
}

function gaps(pairs: QuestionPair[], numbers: (number | null)[], say: Say): Report<MessageId>[] {
  const present = new Set(numbers);
  const missing: number[] = [];
  for (let n = 1; n <= pairs.length; n++) if (!present.has(n)) missing.push(n);
  if (missing.length === 0) return [];
  const listed = listOf([...missing.slice(0, LISTED_NUMBERS), ...(missing.length > LISTED_NUMBERS ? ["…"] : [])]);
  const pair = pairs[Math.min(missing[0], pairs.length) - 1];
  return [say(pair, missing.length === 1 ? "gap" : "gaps", { range: `1–${pairs.length}`, numbers: listed })];
}

function order(pairs: QuestionPair[], numbers: (number | null)[], title: string, say: Say): Report<MessageId>[] {
  const first = numbers.findIndex((n, i) => n !== i + 1);
  if (first < 0) return [];
  return [say(pairs[first], "outOfOrder", { title, number: numbers[first] ?? "", position: first + 1 })];
}

function sectionFindings(model: DocumentModel, section: QuestionsSection): Report<MessageId>[] {
  const pairs = model.questions.get(section.id) ?? [];
  const numbers = pairs.map(numberOf);
  const say: Say = (pair, messageId, data) => ({
    messageId,
    sectionId: section.id,
    target: pair.number?.index ?? pair.index,
    data: { section: quoted(section.title), ...data },
    repair: "renumberQuestions",
  });
  const title = section.question.title;
  const problems = [
    ...unnumbered(pairs, numbers, title, say),
    ...duplicates(pairs, numbers, say),
    ...gaps(pairs, numbers, say),
  ];
  // Out of order only matters when every number is there once: otherwise renumbering is already asked for.
  return problems.length > 0 ? problems : order(pairs, numbers, title, say);
}

export default defineRule<MessageId>({
  id: "questionNumbering",
  description: {
    de: "Die Fragen sind von 1 bis n nummeriert, ohne Lücken und Doppelte.",
    en: "The questions are numbered 1 to n, without gaps or duplicates.",
  },
  messages: {
    unnumbered: {
      severity: "error",
      de: "{{section}}: {{title}} an {{position}}. Stelle hat keine gültige Nummer{{more}}. Bitte neu nummerieren.",
      en: "{{section}}: {{title}} at position {{position}} has no valid number{{more}}. Please renumber.",
    },
    duplicate: {
      severity: "error",
      de: "{{section}}: Die Nummer {{number}} ist doppelt vergeben. Bitte neu nummerieren.",
      en: "{{section}}: Number {{number}} is used twice. Please renumber.",
    },
    gap: {
      severity: "error",
      de: "{{section}}: In der Zählung der Fragen ({{range}}) fehlt die Nummer {{numbers}}. Bitte neu nummerieren.",
      en: "{{section}}: The numbering of the questions ({{range}}) lacks number {{numbers}}. Please renumber.",
    },
    gaps: {
      severity: "error",
      de: "{{section}}: In der Zählung der Fragen ({{range}}) fehlen die Nummern {{numbers}}. Bitte neu nummerieren.",
      en: "{{section}}: The numbering of the questions ({{range}}) lacks numbers {{numbers}}. Please renumber.",
    },
    outOfOrder: {
      severity: "error",
      de: "{{section}}: {{title}} {{number}} steht an {{position}}. Stelle: Die Fragen sind nicht der Reihe nach nummeriert. Bitte neu nummerieren.",
      en: "{{section}}: {{title}} {{number}} stands at position {{position}}: the questions are not numbered in order. Please renumber.",
    },
  },
  phrases: { andMore: { de: " (und {{count}} weitere)", en: " (and {{count}} more)" } },
  check(model) {
    return questionSections(model.profile).flatMap((section) => sectionFindings(model, section));
  },
});
