/** The words of "Aus dem Ratsinformationssystem", which loads with its panel (the pane's others: ../i18n.ts). */
import type { Catalogs } from "../i18n";

const de = {
  heading: "Aus dem Ratsinformationssystem",
  hint: "Anfragen der letzten {days} Tage aus {origin}. Eine gewählte Anfrage füllt die Angaben zur Anfrage und bietet ihre Fragen zur Übernahme an.",
  hintSample:
    "Beispieldaten der Vorschau: Anfragen der letzten {days} Tage. Eine gewählte Anfrage füllt die Angaben zur Anfrage und bietet ihre Fragen zur Übernahme an.",
  load: "Anfragen laden",
  retry: "Erneut versuchen",
  loading: "Anfragen werden geladen …",
  searchLabel: "Suchen (Drucks.-Nr. oder Betreff)",
  searchPlaceholder: "z. B. {example}",
  foundNone: "Keine passende Anfrage gefunden.",
  foundOne: "1 Anfrage",
  foundCount: "{count} Anfragen",
  noReference: "ohne Drucks.-Nr.",
  answeredBy: "beantwortet: {reference}",
  isAnswer: "Ist selbst eine Antwort (auf {reference}).",
  unknownPaper: "unbekannte Drucksache",
  choose: "Übernehmen",
  chooseNamed: "Anfrage {name} übernehmen",
  reading: "Wird gelesen …",
  meetingOn: "Sitzung am {date}",
  taken: "Übernommen: {reference} ({originator}).",
  takenMeeting: "Vorgeschlagen: {meeting}.",
  textMissing:
    "Das Ratsinformationssystem hat keinen Text zu dieser Anfrage: Bitte den Text unten einfügen oder im Dokument markieren.",
  textTooLong: "Der Text dieser Anfrage ist zu lang, um ihn in Fragen zu zerlegen: Bitte die Fragen unten einfügen.",
  textOffered: "Die Fragen der Anfrage stehen unten zur Übernahme bereit.",
};

const en: typeof de = {
  heading: "From the council information system",
  hint: "Inquiries of the last {days} days from {origin}. Choosing one fills in the inquiry's details and offers its questions.",
  hintSample:
    "The preview's sample data: inquiries of the last {days} days. Choosing one fills in the inquiry's details and offers its questions.",
  load: "Load inquiries",
  retry: "Try again",
  loading: "Loading inquiries …",
  searchLabel: "Search (number or subject)",
  searchPlaceholder: "e.g. {example}",
  foundNone: "No matching inquiry found.",
  foundOne: "1 inquiry",
  foundCount: "{count} inquiries",
  noReference: "no number",
  answeredBy: "answered: {reference}",
  isAnswer: "Is an answer itself (to {reference}).",
  unknownPaper: "an unknown paper",
  choose: "Take over",
  chooseNamed: "Take over inquiry {name}",
  reading: "Reading …",
  meetingOn: "meeting on {date}",
  taken: "Taken over: {reference} ({originator}).",
  takenMeeting: "Proposed: {meeting}.",
  textMissing:
    "The council information system has no text for this inquiry: please paste it below or select it in the document.",
  textTooLong: "This inquiry's text is too long to split into questions: please paste the questions below.",
  textOffered: "The inquiry's questions are ready below.",
};

export const OPARL_TEXTS: Catalogs<keyof typeof de> = { de, en };
