/**
 * Numbered inquiries. The question numbers are the longest run 1, 2, 3, … of one style; a number
 * out of sequence ("31." in "31.12.", "3." where "2." is due) is never a split point.
 */
import { endsWithQuestionMark } from "./boundaries";
import { closingStart } from "./letterParts";
import { type MarkerStyle, type NumberMarker, findNumberMarkers } from "./markers";
import { formatQuestion, isQualifier, isSubPointLine, splitParagraphs } from "./paragraphs";

export interface NumberedSplit {
  markers: NumberMarker[];
  questions: string[];
}

/** Bounds the work on pathological input (thousands of "1."); real letters have a handful. */
const MAX_CHAIN_STARTS_PER_STYLE = 25;

const STYLES: readonly MarkerStyle[] = ["frage", "dot", "paren", "enclosed"];

export function splitNumbered(text: string): NumberedSplit | undefined {
  const markers = findNumberMarkers(text);
  let best: NumberedSplit | undefined;
  for (const chain of sequentialChains(markers)) {
    const candidate = { markers: chain, questions: questionsOfChain(text, chain) };
    if (!best || isBetter(candidate, best)) best = candidate;
  }
  return best;
}

/** For each style and each "1" of it: the greedy run 1, 2, 3, … that follows it. */
function sequentialChains(markers: NumberMarker[]): NumberMarker[][] {
  const chains: NumberMarker[][] = [];
  for (const style of STYLES) {
    const ofStyle = markers.filter((marker) => marker.style === style);
    const starts = ofStyle.filter((marker) => marker.number === 1).slice(0, MAX_CHAIN_STARTS_PER_STYLE);
    for (const first of starts) chains.push(followSequence(ofStyle, first));
  }
  return chains;
}

function followSequence(markers: NumberMarker[], first: NumberMarker): NumberMarker[] {
  const chain = [first];
  for (const marker of markers) {
    const last = chain[chain.length - 1];
    if (marker.start >= last.end && marker.number === last.number + 1) chain.push(marker);
  }
  return chain;
}

/** Each question runs from its number to the next; the last one stops where the letter closes. */
function questionsOfChain(text: string, chain: NumberMarker[]): string[] {
  const questions = chain.map((marker, i) => {
    const next = chain[i + 1];
    const raw = next ? text.slice(marker.end, next.start) : lastQuestionText(text.slice(marker.end));
    return formatQuestion(raw);
  });
  return questions.filter((question) => question !== "");
}

/**
 * The last question: up to the closing, without trailing paragraphs that are not part of it.
 * After a blank line only sub-points and qualifiers continue it; a further "?" paragraph there
 * is more likely a question of an unnumbered list than a follow-up of this one.
 */
function lastQuestionText(rest: string): string {
  const blocks = rest.slice(0, closingStart(rest)).split(/\n{2,}/);
  const kept: string[][] = [];
  for (const [blockIndex, block] of blocks.entries()) {
    for (const paragraph of splitParagraphs(block)) {
      if (kept.length > 0 && !continuesQuestion(paragraph, blockIndex > 0)) return joinParagraphs(kept);
      kept.push(paragraph);
    }
  }
  return joinParagraphs(kept);
}

function joinParagraphs(paragraphs: string[][]): string {
  return paragraphs.map((lines) => lines.join("\n")).join("\n");
}

/** Sub-points, remarks in brackets, "Bitte …"/"Falls …" qualifiers and (without a gap) follow-up questions. */
function continuesQuestion(paragraph: string[], afterBlankLine: boolean): boolean {
  const first = paragraph[0];
  const last = paragraph[paragraph.length - 1];
  return isSubPointLine(first) || isQualifier(first) || (!afterBlankLine && endsWithQuestionMark(last));
}

/** More questions containing "?" first, then the longer run, then numbers at line starts. */
function isBetter(candidate: NumberedSplit, best: NumberedSplit): boolean {
  const a = score(candidate);
  const b = score(best);
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] > b[i];
  }
  return false; // equal: keep the earlier chain
}

function score(split: NumberedSplit): number[] {
  const atLineStart = split.markers.filter((marker) => marker.atLineStart).length;
  return [countAsking(split.questions), split.markers.length, atLineStart];
}

/** How many of the questions contain a question mark at all. */
export function countAsking(questions: string[]): number {
  return questions.filter((question) => question.includes("?")).length;
}
