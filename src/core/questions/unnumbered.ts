/**
 * Inquiries without numbers (or pasted from Word, whose automatic list numbers are not text):
 * every paragraph that asks something (a "?" ending a sentence) is a question; sub-points below
 * it stay with it.
 */
import { asksQuestion } from "./boundaries";
import { isClosing, isHeading, isIntroduction, isSalutation } from "./letterParts";
import { formatQuestion, isBulletLine, isSubPointLine, splitParagraphs } from "./paragraphs";

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
      current = { lines: withoutBullet(paragraph), introducesList: /:$/.test(paragraph[paragraph.length - 1]) };
      groups.push(current);
    }
  }
  return groups.filter(asksSomething).map((group) => formatQuestion(group.lines.join("\n")));
}

/**
 * Lettered sub-points always attach. A bullet attaches unless it is a question of its own
 * ("- Wie viele …?") after a question that is already complete.
 */
function belongsTo(paragraph: string[], group: Group): boolean {
  const first = paragraph[0];
  if (!isBulletLine(first)) return isSubPointLine(first);
  const bulletAsks = paragraph.some(asksQuestion);
  return group.introducesList || !bulletAsks || !asksSomething(group);
}

/** Any question mark ending a sentence: "Welche …? Bitte nach Jahren aufschlüsseln." asks too. */
function asksSomething(group: Group): boolean {
  return group.lines.some(asksQuestion);
}

/** A question that was a bullet item is shown without its bullet. */
function withoutBullet(paragraph: string[]): string[] {
  const [first, ...rest] = paragraph;
  return [isBulletLine(first) ? first.slice(2) : first, ...rest];
}
