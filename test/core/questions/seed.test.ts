/**
 * The seed answer (Jobcenter Wuppertal, VO/0548/13/1-A) quotes eight questions of the inquiry
 * "Anfrage der Fraktion DIE LINKE VO/0548/13". The tests' council information system holds that
 * inquiry as a letter (test/support/oparl-seed.ts); the splitter must return exactly the eight questions the answer quotes.
 */
import { expect, test } from "@jest/globals";
import { splitQuestions } from "../../../src/core/questions";
import { SEED_INQUIRY_TEXT } from "../../support/oparl-seed";

const SEED_QUESTIONS = [
  "Wer wurde bei der Formulierung der Vorgaben einbezogen? Wurden die jeweiligen Teams und der Personalrat dazu befragt?",
  "Wie wurden die Rahmenbedingungen, unter denen die Zielvorgaben erreicht werden sollen, ermittelt und durch wen?",
  "Sind die Zielvorgaben auf ihre Durchführbarkeit geprüft worden und von wem?",
  "Welche Konsequenzen ergeben sich bei Nichteinhaltung der Zielvorgaben?",
  "Ist aufgrund der Vorgaben für die MitarbeiterInnen mit erhöhtem Druck bei der Aktivierung und einem Anstieg der " +
    "Sanktionen bei Leistungsberechtigten zu rechnen, wenn die Mitarbeiter bei Nichterfüllung selbst mit Nachteilen " +
    "zu rechnen haben?",
  "Welche verbesserten Instrumente und Möglichkeiten stehen den MitarbeiterInnen insbesondere zur Erhöhung der " +
    "Integrationsquote zur Verfügung?",
  "Welche Auswirkungen haben die Zielvorgaben auf die LOB (Leistungsorientierte Bezahlung) Vereinbarungen. " +
    "Wie viele MitarbeiterInnen nehmen nicht an den LOB Vereinbarungen teil?",
  "Welche Zielgruppen sollen im laufenden Jahr besonders gefördert werden und welche Aktivierungsmaßnahmen sind in " +
    "den hervorgehobenen Projekten konkret vorgesehen, um eine Erhöhung der Integrationsquote bzw. eine Verbesserung " +
    "der Beschäftigungsfähigkeit zu erreichen? (Die Projekt- und Maßnahmenbeschreibungen sind in der " +
    "Zielvereinbarung häufig sehr vage und unbestimmt formuliert).",
];

const inquiry = SEED_INQUIRY_TEXT;

test("the seed's inquiry yields exactly its eight questions", () => {
  expect(splitQuestions(inquiry).questions).toEqual(SEED_QUESTIONS);
});

test("the seed's inquiry pasted from Word (CRLF, tab after each number) gives the same questions", () => {
  const fromWord = inquiry.replace(/^(\d)\. /gm, "$1.\t").replace(/\n/g, "\r\n");
  expect(splitQuestions(fromWord).questions).toEqual(SEED_QUESTIONS);
});

test("the seed's questions selected in Word without their list numbers are found by their question marks", () => {
  const selection = SEED_QUESTIONS.join("\r");
  expect(splitQuestions(selection).questions).toEqual(SEED_QUESTIONS);
});
