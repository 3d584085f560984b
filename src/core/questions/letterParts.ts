/**
 * Recognising the parts of a letter around the questions: salutation, the sentence that announces
 * the questions, headings, and everything from the closing formula or "Begründung:" onwards.
 */
import { boundaryAt } from "./boundaries";

/**
 * Phrases that end the questions. Mostly case-sensitive on purpose: after a line wrap a sentence
 * goes on in lower case ("… Mittel\nfür die Sanierung"), a closing starts with a capital.
 * Greetings and "gez." are unambiguous in any case.
 */
const CLOSING_PHRASES: readonly RegExp[] = [
  // "Mit freundlichen Grüßen", "Mit solidarischem Gruß"; also where the page lost its umlauts ("Gren", "Gr??en").
  /Mit +(?:den +)?(?:\p{L}+ +)?Gr(?:ü|ue|u|\?|\uFFFD)?(?:ß|ss|\?|\uFFFD)?(?:en|e)?(?!\p{L})/giu,
  /(?:Freundliche|Viele|Beste|Herzliche|Liebe) +Gr(?:ü|ue)(?:ß|ss)e/g,
  /Hochachtungsvoll/g,
  /gez\./gi,
  /(?:Begr(?:ü|ue|u|\?|\uFFFD)?ndung|Erl(?:ä|ae|a|\?|\uFFFD)?uterungen?|Sachverhalt|Anlagen?|Hintergrund)(?: *:| *$)/gm,
  /(?:Vielen|Herzlichen|Besten) +Dank/g,
  /(?:Wir|Ich) +(?:danken|bedanken|bitten +um +(?:eine +|die +)?(?:\S+ +)?(?:Beantwortung|Antwort))/g,
  /Die +Fraktion +bittet +um/g,
  /Für +die +(?:\S+ +)?Beantwortung/g,
  /Um +(?:eine +|die +)?(?:\S+ +)?(?:Beantwortung|Antwort)/g,
  /Für +die +\S*(?:Fraktion|Gruppe)/g,
];

/** Index where the closing part of the letter starts, or the text length if there is none. */
export function closingStart(text: string): number {
  let earliest = text.length;
  for (const phrase of CLOSING_PHRASES) {
    for (const match of text.matchAll(phrase)) {
      const index = match.index ?? 0;
      if (index < earliest && boundaryAt(text, index)) earliest = index;
    }
  }
  return earliest;
}

export function isClosing(paragraph: string): boolean {
  return closingStart(paragraph) === 0;
}

export function isSalutation(line: string): boolean {
  return /^(?:Sehr +geehrte|Liebe[rs]? |Hallo\b|Guten +(?:Tag|Morgen)\b)/.test(line);
}

/** "Wir bitten um Beantwortung folgender Fragen:" – what follows are the questions. */
export function isIntroduction(paragraph: string): boolean {
  return /:\s*$/.test(paragraph) && /frage|beantwort|auskunft/i.test(paragraph);
}

/** Title lines such as "Anfrage der Fraktion …" or "Betreff: …", even when they end with "?". */
export function isHeading(paragraph: string): boolean {
  // "Betr." ends in a dot, after which there is no word boundary to ask for.
  return /^(?:(?:Betreff|Thema|Anfrage|Große +Anfrage|Kleine +Anfrage)\b|Betr\.)/i.test(paragraph);
}
