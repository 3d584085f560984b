/**
 * Inquiries without numbers (or pasted from Word, whose automatic list numbers are not text):
 * every paragraph that asks something (a "?" ending a sentence) is a question; sub-points below
 * it stay with it.
 */
import { asksQuestion } from "./boundaries";
import { isClosing, isHeading, isIntroduction, isSalutation } from "./letterParts";
import { formatQuestion, isBulletLine, isQualifier, isRequest, isSubPointLine, splitParagraphs } from "./paragraphs";

/** A candidate question: its lines, and whether its first paragraph announces a list (ends with ":"). */
interface Group {
  lines: string[];
  introducesList: boolean;
}

export function splitByParagraphs(text: string): string[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  for (const paragraph of splitParagraphs(text)) {
    const joined = paragraph.join(" ");
    if (isIntroduction(joined)) {
      groups.length = 0; // anything before "… folgende Fragen:" was preamble
      current = undefined;
    } else if (isClosing(joined)) {
      if (groups.some(asksSomething)) break; // the letter ends; a "Begründung" may follow
      current = undefined;
    } else if (isSalutation(joined) || isHeading(joined)) {
      current = undefined;
    } else if (current && belongsTo(paragraph, current)) {
      current.lines.push(...paragraph);
    } else {
      const started = isBulletLine(paragraph[0]) ? [withoutBullet(paragraph)] : questionsIn(paragraph);
      groups.push(...started.map((lines) => ({ lines, introducesList: /:$/.test(lines[lines.length - 1]) })));
      current = groups[groups.length - 1];
    }
  }
  return groups.filter(asksSomething).map((group) => formatQuestion(group.lines.join("\n")));
}

/** A question word opens a question of its own; "Wurden … dazu befragt?" after a question follows it up. */
const QUESTION_WORD =
  /^(?:Wie|Was|Wann|Wo|Wer|Wem|Wen|Wessen|Welche[mnrs]?|Warum|Weshalb|Wieso|Weswegen|Inwiefern|Inwieweit|Wodurch|Womit|Wofür|Woher|Wohin|Worauf|Woran|Worin|Wozu)\b/;

/**
 * A paragraph that asks twice, the second time with a question word ("Wie viele …? Wann …?"), holds two questions;
 * follow-ups ("Falls nein, wann?", "Wurden … dazu befragt?") and sentences that do not ask ("Bitte nach Jahren
 * aufschlüsseln.") stay with the question before them.
 */
function questionsIn(paragraph: string[]): string[][] {
  const sentences = paragraph.join(" ").split(/(?<=[.?!]["'“”»«)]*) +(?=\p{Lu})/u);
  const questions: string[][] = [];
  for (const sentence of sentences) {
    const last = questions[questions.length - 1];
    const previousAsks = last !== undefined && asksQuestion(last[last.length - 1]);
    const opensQuestion = asksQuestion(sentence) && QUESTION_WORD.test(sentence);
    if (last && (!previousAsks || !opensQuestion)) last.push(sentence);
    else questions.push([sentence]);
  }
  return questions.map((sentencesOfOne) => [sentencesOfOne.join(" ")]);
}

/**
 * Lettered sub-points always attach. A bullet attaches unless it is a question of its own
 * ("- Wie viele …?") after a question that is already complete.
 */
function belongsTo(paragraph: string[], group: Group): boolean {
  const first = paragraph[0];
  if (!isBulletLine(first)) return isSubPointLine(first) || (isQualifier(first) && asksSomething(group));
  const bulletAsks = paragraph.some(asksQuestion) || isRequest(first);
  return group.introducesList || !bulletAsks || !asksSomething(group);
}

/** Any question mark ending a sentence ("Welche …? Bitte nach Jahren aufschlüsseln." asks too), or a request. */
function asksSomething(group: Group): boolean {
  return group.lines.some(asksQuestion) || isRequest(group.lines[0]);
}

/** A question that was a bullet item is shown without its bullet. */
function withoutBullet(paragraph: string[]): string[] {
  const [first, ...rest] = paragraph;
  return [isBulletLine(first) ? first.slice(2) : first, ...rest];
}
