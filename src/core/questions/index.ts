/**
 * Splits the text of an Anfrage (inquiry) into its questions.
 *
 * Output format: each question's full text without its number ("1.", "Frage 1:" …), wrapped lines
 * joined with single spaces; sub-points that stood on their own line ("a) …", "- …") stay inside
 * the question, each on its own line (joined with "\n"). Salutation, introduction, closing,
 * signature and "Begründung:" are left out.
 *
 * Pure: no Office.js, no DOM, no Node modules, so the task pane and the `ratsantwort questions`
 * command can share it.
 */
import { normalizeText } from "./normalize";
import { countAsking, splitNumbered } from "./numbered";
import { splitByParagraphs } from "./unnumbered";

export interface SplitResult {
  questions: string[];
}

/**
 * Text that holds no question gives an empty list. A bug of the splitter throws here, so that tests see it; the
 * pane and the command line catch it for their users.
 */
export function splitQuestions(text: string): SplitResult {
  return { questions: findQuestions(normalizeText(typeof text === "string" ? text : "")) };
}

function findQuestions(text: string): string[] {
  const numbered = splitNumbered(text);
  const byParagraph = splitByParagraphs(text);
  if (!numbered || numbered.questions.length === 0) return byParagraph;
  // A lone "1." is weak evidence, and so is a numbered list without a single "?" (say, a numbered
  // Sachverhalt before unnumbered questions): several "?" paragraphs outweigh either.
  const weak = numbered.markers.length < 2 || countAsking(numbered.questions) === 0;
  return weak && byParagraph.length >= 2 ? byParagraph : numbered.questions;
}
