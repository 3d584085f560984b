import { fillIn } from "../core/template";

/** The pane's words: German first, English when Word runs in English. Document text comes from the profile. */

const de = {
  appTitle: "Ratsantwort",
  profileLabel: "Profil: {name}",
  insertAnswer: "Antwort einfügen",
  insertAnswerHint: "Fügt das vollständige Antwortdokument ein, bereit zum Ausfüllen.",
  sectionsHeading: "Abschnitt einfügen",
  sectionPresent: "vorhanden",
  addQuestion: "Frage hinzufügen",
  addQuestionHint: "Hängt das nächste nummerierte Frage-Antwort-Paar an den Abschnitt „{section}“ an.",
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
  questionAdded: "Frage {number} wurde am Ende von „{section}“ angefügt.",
  questionsAdded: "Fragen {first} bis {last} wurden am Ende von „{section}“ angefügt.",
  importInsertAnswerHint:
    "Das Dokument hat noch keinen Abschnitt „{section}“: Die ganze Antwort wird mit diesen Fragen eingefügt.",
  insertIncomplete:
    "Word hat die Felder nicht vollständig übernommen. Bitte prüfen Sie das Dokument oder fügen Sie erneut ein.",
  selftestLink: "Selbsttest (für die IT)",
  insertMisplaced:
    "Word hat das Eingefügte in ein anderes Feld gesetzt. Bitte machen Sie es mit Strg+Z rückgängig und setzen Sie den Cursor in einen leeren Absatz außerhalb der Felder.",
  checkPartial:
    "Word hat den Inhalt des Dokuments nicht vollständig herausgegeben. Die Prüfung sieht nur die Felder, die Word auflistet; einzelne Fehler können daher fehlen oder zu viel sein.",
  cancel: "Abbrechen",
  adopted: "Die Antwort wurde in die Antwortstruktur überführt.",
  adoptUndone: "Die Überführung wurde rückgängig gemacht; das Dokument ist wieder wie vorher.",
  adoptUndoRefused:
    "Das Dokument wurde nach der Überführung geändert. Damit diese Änderungen nicht verloren gehen, wurde nichts rückgängig gemacht.",
  adoptRefused: "Nicht überführt: {reason}",
  dismiss: "Schließen",
  inquiryHeading: "Angaben zur Anfrage",
  inquiryHint:
    "Freiwillig: Was Sie hier eintragen, steht beim Einfügen schon in der Antwort, samt vorgeschlagener Drucks.-Nr.",
  inquiryReceived: "Eingang der Anfrage",
  inquiryReceivedInvalid: "Bitte ein Datum im Format TT.MM.JJJJ eingeben.",
  inquiryNumberInvalid:
    "Diese Nummer hat nicht die Form der Anfragen (z. B. {example}); die Drucks.-Nr. der Antwort wird nicht vorgeschlagen.",
  inquiryProposedNumber: "Drucks.-Nr. der Antwort: {number}",
  inquiryDeadline: "Antwortfrist: {date} ({days} Tage nach Eingang)",
  personalHeading: "Meine Angaben",
  personalHint: "Werden auf diesem Gerät gespeichert und in jede neue Antwort eingetragen.",
  personalNone: "Noch keine Angaben gespeichert.",
  personalSaveFailed:
    "Ihre Angaben konnten nicht gespeichert werden. Sie gelten nur, bis Sie den Aufgabenbereich schließen.",
  tabInsert: "Einfügen",
  tabCheck: "Prüfen",
  sectionRestored: "Der Abschnitt „{section}“ wurde an seiner Stelle wiederhergestellt.",
  questionsRenumbered: "Die Fragen wurden neu nummeriert.",
  spacingRemoved: "Die leeren Absätze wurden entfernt.",
  spacingNotRemoved: "Die leeren Absätze sind nicht mehr leer oder nicht mehr dort; nichts wurde entfernt.",
  titleSet: "Das Dokument hat jetzt den Titel „{title}“.",
  errorReadOnly: "Das Dokument ist schreibgeschützt. Öffnen Sie es zum Bearbeiten und versuchen Sie es erneut.",
  errorLocked: "Diese Stelle des Dokuments ist gesperrt. Setzen Sie den Cursor an eine andere Stelle.",
  errorNotInBrowser:
    "Word im Browser hat den Schritt abgelehnt: Die Stelle ist gesperrt, oder Word im Browser kann ihn nicht ausführen. Versuchen Sie es an einer anderen Stelle oder in Word für den Desktop.",
  errorNotFound: "Der benötigte Abschnitt wurde im Dokument nicht gefunden.",
  errorBusy: "Word ist gerade beschäftigt. Bitte versuchen Sie es in einem Moment erneut.",
  errorUnsupported: "Diese Word-Version unterstützt die Funktion nicht.",
  errorNotKept:
    "Word hat die Änderung nicht so übernommen, wie das Add-in sie geschrieben hat. Bitte mit Strg+Z rückgängig machen und erneut versuchen.",
  errorNotListed:
    "Diese Felder hat eine neuere Word-Version angelegt; diese Word-Version kann sie nicht ändern. Bitte ändern Sie die Nummern von Hand – ein Klick auf den Hinweis führt zur Stelle.",
  errorUnknown: "Word hat die Aktion nicht ausgeführt: {detail}",
  requirementsMissing:
    "Ratsantwort braucht Word 2019, Microsoft 365 oder Word im Web (WordApi {version}). Diese Word-Version wird nicht unterstützt.",
  profileBroken:
    "Das Ratsprofil dieses Add-Ins ist nicht in Ordnung. Ohne gültiges Profil wird nichts eingefügt oder geprüft. Bitte geben Sie diese Meldung an Ihre IT weiter:",
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
  addQuestionHint: "Appends the next numbered question/answer pair to the section “{section}”.",
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
  questionAdded: "Question {number} was appended to “{section}”.",
  questionsAdded: "Questions {first} to {last} were appended to “{section}”.",
  importInsertAnswerHint:
    "The document has no “{section}” section yet: the whole answer is inserted with these questions.",
  insertIncomplete: "Word did not take all fields. Please check the document or insert again.",
  selftestLink: "Self-test (for IT)",
  insertMisplaced:
    "Word put the insertion inside another field. Please undo it with Ctrl+Z and place the cursor in an empty paragraph outside the fields.",
  checkPartial:
    "Word did not hand out the document's whole content. The check sees only the fields Word lists, so single errors may be missing or wrong.",
  adopted: "The answer is now in the answer structure.",
  adoptUndone: "Taking over was undone; the document is as it was.",
  adoptUndoRefused:
    "The document was changed after taking over. So that these changes are not lost, nothing was undone.",
  adoptRefused: "Not taken over: {reason}",
  cancel: "Cancel",
  dismiss: "Close",
  inquiryHeading: "About the inquiry",
  inquiryHint:
    "Optional: what you enter here is filled into the answer when it is inserted, with the proposed Drucks.-Nr.",
  inquiryReceived: "Inquiry received on",
  inquiryReceivedInvalid: "Please enter a date as DD.MM.YYYY.",
  inquiryNumberInvalid: "This number is not in the form of inquiries (e.g. {example}); no answer number is proposed.",
  inquiryProposedNumber: "Drucks.-Nr. of the answer: {number}",
  inquiryDeadline: "Deadline: {date} ({days} days after receipt)",
  personalHeading: "My details",
  personalHint: "Kept on this device and filled into every new answer.",
  personalNone: "No details kept yet.",
  personalSaveFailed: "Your details could not be kept. They last only until you close the task pane.",
  tabInsert: "Insert",
  tabCheck: "Check",
  sectionRestored: "The section “{section}” was restored in its place.",
  questionsRenumbered: "The questions were renumbered.",
  spacingRemoved: "The empty paragraphs were removed.",
  spacingNotRemoved: "The empty paragraphs are no longer empty or no longer there; nothing was removed.",
  titleSet: "The document now has the title “{title}”.",
  errorReadOnly: "The document is read-only. Open it for editing and try again.",
  errorLocked: "This part of the document is locked. Place the cursor somewhere else.",
  errorNotInBrowser:
    "Word in the browser refused the step: the place is locked, or Word in the browser cannot do it. Try another place, or Word for the desktop.",
  errorNotFound: "The section needed was not found in the document.",
  errorBusy: "Word is busy right now. Please try again in a moment.",
  errorUnsupported: "This version of Word does not support the feature.",
  errorNotKept: "Word did not keep the change as the add-in wrote it. Please undo it with Ctrl+Z and try again.",
  errorNotListed:
    "These fields were made by a newer version of Word, which this version cannot change. Please change the numbers by hand – clicking the finding takes you there.",
  errorUnknown: "Word did not carry out the action: {detail}",
  requirementsMissing:
    "Ratsantwort needs Word 2019, Microsoft 365 or Word on the web (WordApi {version}). This version of Word is not supported.",
  profileBroken:
    "The council profile of this add-in is broken. Without a valid profile nothing is inserted or checked. Please pass this message on to your IT:",
  notInWord: "Ratsantwort is an add-in for Microsoft Word. Open it in Word via Home → Ratsantwort.",
};

export type Language = "de" | "en";

const CATALOGS: Record<Language, Messages> = { de, en };

/** German unless Word's display language is English. */
export function languageFor(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "de";
}

/**
 * Texts in both languages under the same keys. The pane's first view has its own here; a part that loads later (a
 * panel in a chunk of its own) brings its catalog along, so the first load does not carry its words.
 */
export type Catalogs<K extends string> = Record<Language, Record<K, string>>;

export function translatorOf<K extends string>(catalogs: Catalogs<K>, language: Language) {
  const catalog = catalogs[language];
  return (key: K, params: Record<string, string | number> = {}) => fillIn(catalog[key], params);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  return translatorOf(CATALOGS, language);
}
