/**
 * Where a number or a closing phrase may begin. Counting "1." as a question number is only safe
 * at the start of a line or right after the end of a sentence; anywhere else it is usually part
 * of a date, an amount or a reference ("am 1. Juli", "Ziffer 3.").
 */

/** Characters that end a sentence or a clause, optionally followed by a closing quote or bracket. */
const SENTENCE_END = /[.?!:;]["'“”„»«)\]]*$|[)"“”»«]$/;

export type BoundaryKind = "lineStart" | "inline";

/** Enough of what precedes a boundary to see how the sentence before it ended (punctuation, closing quotes). */
const SENTENCE_END_WINDOW = 32;

/**
 * Whether `index` starts a line, follows a finished sentence, or neither. Looks back only over the spaces before
 * `index` and a short window before them, never over the whole line: on a line of thousands of candidate numbers
 * ("1. 1. 1. …") each look costs the same, and the whole split stays linear.
 */
export function boundaryAt(text: string, index: number): BoundaryKind | undefined {
  let last = index - 1;
  while (last >= 0 && text[last] !== "\n" && /\s/.test(text[last])) last--;
  if (last < 0 || text[last] === "\n") return "lineStart";
  if (last === index - 1) return undefined; // no space before it
  const window = text.slice(Math.max(0, last + 1 - SENTENCE_END_WINDOW), last + 1);
  return SENTENCE_END.test(window.slice(window.lastIndexOf("\n") + 1)) ? "inline" : undefined;
}

/** The word just before `index`, across line breaks ("" at the start of the text). */
export function previousWord(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - 60), index);
  const match = /(\S+)\s*$/.exec(window);
  return match ? match[1] : "";
}

/** The word just after `index`, letters only ("" if none follows). */
export function nextWord(text: string, index: number): string {
  const match = /^\s*([\p{L}]+)/u.exec(text.slice(index, index + 60));
  return match ? match[1] : "";
}

/** Whether the previous line ends a sentence (or there is none), so a new paragraph starts here. */
export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.trimEnd());
}

/** A question mark at the end, allowing closing quotes and brackets after it. */
export function endsWithQuestionMark(line: string): boolean {
  return /\?["'“”»«)\]*]*\s*$/.test(line);
}

/** A question mark that ends a sentence somewhere in the line (not "?" inside a word or URL). */
export function asksQuestion(line: string): boolean {
  return /\?["'“”»«)\]*]*(?:\s|$)/.test(line);
}
