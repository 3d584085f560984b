/**
 * Lines to paragraphs and paragraphs to question text. A pasted line is either a whole Word
 * paragraph or a wrapped piece of one (PDF); a line that ends a sentence ends the paragraph.
 */
import { endsSentence } from "./boundaries";
import { isSalutation } from "./letterParts";

/** Sub-points that belong to the question above: "a)", "(b)", "aa)", "c.", "- …", "  - …" (nested), "2.1". */
const SUB_POINT = /^(?:\(?[a-z]{1,2}\)|[a-h]\.| {0,2}-|\d{1,2}\.\d{1,2}\.?) /;

/** "d. h." or "z. B." at a line start is an abbreviation, not sub-point "d.". */
const ABBREVIATION = /^[a-z]\. ?[a-zA-Z]\./;

export function isSubPointLine(line: string): boolean {
  return SUB_POINT.test(line) && !ABBREVIATION.test(line);
}

export function isBulletLine(line: string): boolean {
  return line.startsWith("- ");
}

/** What qualifies the question before it rather than asking anew: "Falls nein, …", "Bitte nach Jahren …". */
export function isQualifier(line: string): boolean {
  return /^(?:\(|Bitte\b|Falls\b|Sofern\b|Soweit\b|Ggf\.|Gegebenenfalls\b|Wenn +(?:ja|nein)\b|Und\b|Oder\b)/.test(line);
}

/** A request that is a question of its own: "Wir bitten um einen Kostenvergleich …", "Die Verwaltung wird gebeten …". */
export function isRequest(line: string): boolean {
  return /^(?:- +)?(?:Wir +(?:bitten|erbitten)|Ich +bitte|Die +Verwaltung +wird +(?:gebeten|aufgefordert))\b/.test(
    line,
  );
}

/** Paragraphs as lists of non-empty lines. */
export function splitParagraphs(text: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || startsNewParagraph(line, current)) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    }
    if (line !== "") current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

function startsNewParagraph(line: string, current: string[]): boolean {
  const previous = current[current.length - 1];
  if (previous === undefined) return false;
  return endsSentence(previous) || isSalutation(previous) || isSubPointLine(line);
}

/**
 * The text of one question: wrapped lines joined with single spaces, each sub-point that stood
 * on its own line kept on its own line (joined with "\n"), so the answer can show them as a list.
 */
export function formatQuestion(text: string): string {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  let result = "";
  for (const line of lines) {
    const separator = result === "" ? "" : isSubPointLine(line) ? "\n" : " ";
    result += separator + line;
  }
  return result.replace(/ {2,}/g, " ").trim();
}
