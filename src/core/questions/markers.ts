/**
 * Candidates for question numbers: "1.", "1.)", "1)", "(1)", "Frage 1:", "Frage 1.", "Frage Nr. 1".
 * A candidate is only a possibility; the chain step decides which ones really split the text.
 */
import { boundaryAt, nextWord, previousWord } from "./boundaries";

/** Numbering styles; one inquiry uses one style throughout, so chains never mix them. */
export type MarkerStyle = "dot" | "paren" | "enclosed" | "frage";

export interface NumberMarker {
  number: number;
  style: MarkerStyle;
  /** Index of the marker's first character in the normalised text. */
  start: number;
  /** Index just after the marker; the question text begins here. */
  end: number;
  atLineStart: boolean;
}

/** Each pattern captures the number; all require whitespace (or the end) after the marker ("2.500" never matches). */
const PATTERNS: ReadonlyArray<{ style: MarkerStyle; pattern: RegExp }> = [
  { style: "frage", pattern: /Frage *(?:Nr\.? *)?(\d{1,2})(?: *[.:)]| +[-–])?(?=\s|$)/gi },
  { style: "enclosed", pattern: /\((\d{1,2})\)(?=\s|$)/g },
  { style: "dot", pattern: /(\d{1,2})\.\)?(?=\s|$)/g },
  { style: "paren", pattern: /(\d{1,2})\)(?=\s|$)/g },
];

/** Words after which a number is a reference, not a question number ("Ziffer 3.", "Nr. 2)"). */
const REFERENCE_WORDS = new Set([
  "§",
  "§§",
  "ziffer",
  "ziff.",
  "nr.",
  "nr",
  "nummer",
  "punkt",
  "pkt.",
  "anlage",
  "anl.",
  "abs.",
  "absatz",
  "art.",
  "artikel",
  "satz",
  "s.",
  "seite",
  "kapitel",
  "kap.",
  "top",
  "lit.",
  "buchst.",
  "tagesordnungspunkt",
  "frage",
  "vom",
  "am",
  "zum",
  "bis",
  "ab",
  "seit",
  "den",
  "dem",
  "im",
  "zur",
]);

/** Words after which a number is an ordinal or a date ("1. Januar", "2. Quartal", "3. Klasse"). */
const ORDINAL_NOUN = new RegExp(
  "^(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|" +
    "Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|Quartal|Halbjahr|Lebensjahr\\w*|Klasse\\w*|" +
    "Schuljahr\\w*|Jahrgang\\w*|Jahrhundert\\w*|Stock|Etage|Obergeschoss|Bauabschnitt\\w*|Lesung|" +
    "Nachtrag\\w*|Änderung\\w*|Sitzung\\w*|Mal|Bürgermeister\\w*|Beigeordnete\\w*|Stellvertret\\w*)$",
);

export function findNumberMarkers(text: string): NumberMarker[] {
  const markers: NumberMarker[] = [];
  for (const { style, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const marker = toMarker(text, match, style);
      if (marker) markers.push(marker);
    }
  }
  return markers.sort((a, b) => a.start - b.start);
}

function toMarker(text: string, match: RegExpMatchArray, style: MarkerStyle): NumberMarker | undefined {
  const start = match.index ?? 0;
  const end = start + match[0].length;
  const boundary = boundaryAt(text, start);
  if (!boundary || isReference(text, start) || isOrdinal(text, end)) return undefined;
  return { number: Number(match[1]), style, start, end, atLineStart: boundary === "lineStart" };
}

function isReference(text: string, start: number): boolean {
  return REFERENCE_WORDS.has(previousWord(text, start).toLowerCase());
}

function isOrdinal(text: string, end: number): boolean {
  return ORDINAL_NOUN.test(nextWord(text, end));
}
