/** The pane's words: German first, English when Word runs in English. Document text comes from the profile. */

const de = {
  appTitle: "Ratsantwort",
  profileLabel: "Profil: {name}",
  insertAnswer: "Antwort einfügen",
  insertAnswerHint: "Fügt das vollständige Antwortdokument ein, bereit zum Ausfüllen.",
  sectionsHeading: "Abschnitt einfügen",
  sectionPresent: "vorhanden",
  addQuestion: "Frage hinzufügen",
  addQuestionHint: "Hängt das nächste nummerierte Frage-Antwort-Paar an die Begründung an.",
  addQuestionNeedsSection: "Fügen Sie zuerst den Abschnitt „{section}“ ein.",
  statusReading: "Dokument wird gelesen …",
  statusEmpty: "Dieses Dokument enthält noch keine Antwort.",
  statusPresent: "Antwort vorhanden: {present} von {total} Abschnitten, {questions}.",
  questionCountOne: "1 Frage",
  questionCountOther: "{count} Fragen",
  statusOtherProfile: "Dieses Dokument wurde mit einem anderen Profil erstellt ({profiles}).",
  working: "Bitte warten …",
  insertedAtCursor: "Eingefügt nach dem Absatz, in dem der Cursor steht.",
  insertedAtCursorParagraph: "Eingefügt an der Cursorposition.",
  insertedAtEndInsideControl: "Der Cursor stand in einem Feld. Eingefügt am Ende des Dokuments.",
  insertedAtEndInsideTable: "Der Cursor stand in einer Tabelle. Eingefügt am Ende des Dokuments.",
  insertedAtEndOutsideBody: "Der Cursor stand in Kopfzeile, Fußzeile oder Fußnote. Eingefügt am Ende des Dokuments.",
  questionAdded: "Frage {number} wurde am Ende der Begründung angefügt.",
  questionsAdded: "Fragen {first} bis {last} wurden am Ende der Begründung angefügt.",
  importHeading: "Fragen aus Anfrage übernehmen",
  importHint: "Fügen Sie den Text der Anfrage ein oder markieren Sie ihn im Dokument. Die gefundenen Fragen können Sie vor dem Einfügen korrigieren.",
  importTextLabel: "Text der Anfrage",
  importTextPlaceholder: "Text der Anfrage hier einfügen …",
  importFromSelection: "Markierten Text übernehmen",
  importSelectionEmpty: "Im Dokument ist kein Text markiert.",
  importFoundNone: "Keine Fragen gefunden. Nummerierte Fragen („1.“, „1)“, „Frage 1:“) oder Absätze mit „?“ werden erkannt.",
  importFoundCount: "{count} Fragen gefunden",
  importQuestionLabel: "Frage {number}",
  importMergeNext: "Mit nächster Frage zusammenführen",
  importRemove: "Frage {number} entfernen",
  importInsert: "{count} Fragen einfügen",
  importInsertOne: "1 Frage einfügen",
  insertIncomplete: "Word hat die Felder nicht vollständig übernommen. Bitte prüfen Sie das Dokument oder fügen Sie erneut ein.",
  confirmAnswerTitle: "Antwort bereits vorhanden",
  confirmAnswerBody: "Dieses Dokument enthält bereits eine Antwort. Möchten Sie trotzdem eine zweite Antwort einfügen?",
  confirmSectionTitle: "Abschnitt bereits vorhanden",
  confirmSectionBody: "Der Abschnitt „{section}“ ist bereits im Dokument. Möchten Sie ihn noch einmal einfügen?",
  confirmInsert: "Trotzdem einfügen",
  cancel: "Abbrechen",
  dismiss: "Schließen",
  errorReadOnly: "Das Dokument ist schreibgeschützt. Öffnen Sie es zum Bearbeiten und versuchen Sie es erneut.",
  errorLocked: "Diese Stelle des Dokuments ist gesperrt. Setzen Sie den Cursor an eine andere Stelle.",
  errorNotFound: "Der benötigte Abschnitt wurde im Dokument nicht gefunden.",
  errorBusy: "Word ist gerade beschäftigt. Bitte versuchen Sie es in einem Moment erneut.",
  errorUnsupported: "Diese Word-Version unterstützt die Funktion nicht.",
  errorUnknown: "Word hat die Aktion nicht ausgeführt: {detail}",
  requirementsMissing: "Ratsantwort braucht Word 2019, Microsoft 365 oder Word im Web (WordApi {version}). Diese Word-Version wird nicht unterstützt.",
  notInWord: "Ratsantwort ist ein Add-In für Microsoft Word. Öffnen Sie es in Word über „Start“ → „Ratsantwort“.",
};

export type MessageKey = keyof typeof de;
export type Messages = Record<MessageKey, string>;

const en: Messages = {
  appTitle: "Ratsantwort",
  profileLabel: "Profile: {name}",
  insertAnswer: "Insert answer",
  insertAnswerHint: "Inserts the complete answer document, ready to fill in.",
  sectionsHeading: "Insert section",
  sectionPresent: "present",
  addQuestion: "Add question",
  addQuestionHint: "Appends the next numbered question/answer pair to the Begründung.",
  addQuestionNeedsSection: "Insert the section “{section}” first.",
  statusReading: "Reading the document …",
  statusEmpty: "This document holds no answer yet.",
  statusPresent: "Answer present: {present} of {total} sections, {questions}.",
  questionCountOne: "1 question",
  questionCountOther: "{count} questions",
  statusOtherProfile: "This document was written with another profile ({profiles}).",
  working: "Please wait …",
  insertedAtCursor: "Inserted after the paragraph holding the cursor.",
  insertedAtCursorParagraph: "Inserted at the cursor.",
  insertedAtEndInsideControl: "The cursor was inside a field. Inserted at the end of the document.",
  insertedAtEndInsideTable: "The cursor was inside a table. Inserted at the end of the document.",
  insertedAtEndOutsideBody: "The cursor was in a header, footer or footnote. Inserted at the end of the document.",
  questionAdded: "Question {number} was appended to the Begründung.",
  questionsAdded: "Questions {first} to {last} were appended to the Begründung.",
  importHeading: "Take questions from the inquiry",
  importHint: "Paste the text of the inquiry or select it in the document. You can correct the questions found before inserting them.",
  importTextLabel: "Text of the inquiry",
  importTextPlaceholder: "Paste the text of the inquiry here …",
  importFromSelection: "Use selected text",
  importSelectionEmpty: "No text is selected in the document.",
  importFoundNone: "No questions found. Numbered questions (“1.”, “1)”, “Frage 1:”) or paragraphs with “?” are recognised.",
  importFoundCount: "{count} questions found",
  importQuestionLabel: "Question {number}",
  importMergeNext: "Merge with next question",
  importRemove: "Remove question {number}",
  importInsert: "Insert {count} questions",
  importInsertOne: "Insert 1 question",
  insertIncomplete: "Word did not take all fields. Please check the document or insert again.",
  confirmAnswerTitle: "Answer already present",
  confirmAnswerBody: "This document already holds an answer. Insert a second answer anyway?",
  confirmSectionTitle: "Section already present",
  confirmSectionBody: "The section “{section}” is already in the document. Insert it again?",
  confirmInsert: "Insert anyway",
  cancel: "Cancel",
  dismiss: "Close",
  errorReadOnly: "The document is read-only. Open it for editing and try again.",
  errorLocked: "This part of the document is locked. Place the cursor somewhere else.",
  errorNotFound: "The section needed was not found in the document.",
  errorBusy: "Word is busy right now. Please try again in a moment.",
  errorUnsupported: "This version of Word does not support the feature.",
  errorUnknown: "Word did not carry out the action: {detail}",
  requirementsMissing: "Ratsantwort needs Word 2019, Microsoft 365 or Word on the web (WordApi {version}). This version of Word is not supported.",
  notInWord: "Ratsantwort is an add-in for Microsoft Word. Open it in Word via Home → Ratsantwort.",
};

export type Language = "de" | "en";

const CATALOGS: Record<Language, Messages> = { de, en };

/** German unless Word's display language is English. */
export function languageFor(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "de";
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const catalog = CATALOGS[language];
  return (key, params = {}) => catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
