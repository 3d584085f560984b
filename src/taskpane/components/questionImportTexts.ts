/** The words of the question import, which load with it (the pane's first view: ../i18n.ts). */
import type { Catalogs } from "../i18n";

const de = {
  importHeading: "Fragen aus Anfrage übernehmen",
  importHint:
    "Fügen Sie den Text der Anfrage ein oder markieren Sie ihn im Dokument. Die gefundenen Fragen können Sie vor dem Einfügen korrigieren.",
  importTextLabel: "Text der Anfrage",
  importTextPlaceholder: "Text der Anfrage hier einfügen …",
  importFromSelection: "Markierten Text übernehmen",
  importSelectionEmpty: "Im Dokument ist kein Text markiert.",
  importFoundNone:
    "Keine Fragen gefunden. Nummerierte Fragen („1.“, „1)“, „Frage 1:“) oder Absätze mit „?“ werden erkannt.",
  importFoundCount: "{count} Fragen gefunden",
  importQuestionLabel: "Frage {number}",
  importMergeNext: "Mit nächster Frage zusammenführen",
  importRemove: "Frage {number} entfernen",
  importInsert: "{count} Fragen einfügen",
  importInsertOne: "1 Frage einfügen",
  importInsertAnswer: "Antwort mit {count} Fragen einfügen",
  importInsertAnswerOne: "Antwort mit 1 Frage einfügen",
};

const en: typeof de = {
  importHeading: "Take questions from the inquiry",
  importHint:
    "Paste the text of the inquiry or select it in the document. You can correct the questions found before inserting them.",
  importTextLabel: "Text of the inquiry",
  importTextPlaceholder: "Paste the text of the inquiry here …",
  importFromSelection: "Use selected text",
  importSelectionEmpty: "No text is selected in the document.",
  importFoundNone:
    "No questions found. Numbered questions (“1.”, “1)”, “Frage 1:”) or paragraphs with “?” are recognised.",
  importFoundCount: "{count} questions found",
  importQuestionLabel: "Question {number}",
  importMergeNext: "Merge with next question",
  importRemove: "Remove question {number}",
  importInsert: "Insert {count} questions",
  importInsertOne: "Insert 1 question",
  importInsertAnswer: "Insert answer with {count} questions",
  importInsertAnswerOne: "Insert answer with 1 question",
};

export const IMPORT_TEXTS: Catalogs<keyof typeof de> = { de, en };
