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
  importInsertAnswerHint:
    "Das Dokument hat noch keinen Abschnitt „{section}“: Die ganze Antwort wird mit diesen Fragen eingefügt.",
  insertIncomplete:
    "Word hat die Felder nicht vollständig übernommen. Bitte prüfen Sie das Dokument oder fügen Sie erneut ein.",
  selftestLink: "Selbsttest (für die IT)",
  selftestIntro:
    "Prüft in einem leeren Dokument, ob diese Word-Version tut, was das Add-In erwartet, und misst die Dauer. Danach ist das Dokument wieder leer.",
  selftestStart: "Selbsttest starten",
  selftestRunning: "Selbsttest läuft …",
  selftestReport: "Bericht",
  selftestCopy: "Bericht kopieren",
  selftestBack: "Zurück",
  insertMisplaced:
    "Word hat das Eingefügte in ein anderes Feld gesetzt. Bitte machen Sie es mit Strg+Z rückgängig und setzen Sie den Cursor in einen leeren Absatz außerhalb der Felder.",
  checkPartial:
    "Word hat den Inhalt des Dokuments nicht vollständig herausgegeben. Die Prüfung sieht nur die Felder, die Word auflistet; einzelne Fehler können daher fehlen oder zu viel sein.",
  confirmAnswerTitle: "Antwort bereits vorhanden",
  confirmAnswerBody: "Dieses Dokument enthält bereits eine Antwort. Möchten Sie trotzdem eine zweite Antwort einfügen?",
  confirmSectionTitle: "Abschnitt bereits vorhanden",
  confirmSectionBody: "Der Abschnitt „{section}“ ist bereits im Dokument. Möchten Sie ihn noch einmal einfügen?",
  confirmInsert: "Trotzdem einfügen",
  cancel: "Abbrechen",
  adoptOfferTitle: "Ohne die Felder des Add-ins geschrieben",
  adoptOfferText:
    "Überführen Sie die Antwort in die Antwortstruktur: Ihr Text bleibt Wort für Wort, wie er ist, das Add-in setzt seine Felder darum. Danach führen die Hinweise zur Stelle, und Nummerieren und Wiederherstellen wirken.",
  adoptButton: "In Antwortstruktur überführen",
  adoptDialogTitle: "In Antwortstruktur überführen",
  adoptDialogIntro: "Erkannt wurde, Abschnitt für Abschnitt:",
  adoptUnplaced: "Nicht zugeordnet – bleibt unverändert außerhalb der Felder:",
  adoptNotWrapped: "Erkannt, aber nicht in ein Feld gesetzt – bleibt als Text:",
  adoptConfirm: "Überführen",
  adopted: "Die Antwort wurde in die Antwortstruktur überführt.",
  adoptUndo: "Überführung rückgängig machen",
  adoptUndoHint:
    "Stimmt etwas nicht? Solange das Dokument nicht weiter geändert wird, stellt das Add-in es wieder her, wie es war.",
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
  checkButton: "Prüfen",
  checkIntro:
    "Prüft das Dokument vor der Einreichung: Vollständigkeit, Formate, Nummerierung, Verweise. Nach jeder Änderung wird erneut geprüft.",
  checkRunning: "Dokument wird geprüft …",
  readyForSubmission: "Bereit zur Einreichung",
  readyWithHints: "Bereit zur Einreichung – {hints} beachten.",
  hintCountOne: "1 Hinweis",
  hintCountOther: "{count} Hinweise",
  severityError: "Fehler",
  severityHint: "Hinweis",
  documentGroup: "Dokument",
  goToHint: "Zur Stelle im Dokument",
  restoreSection: "Abschnitt wiederherstellen",
  renumberQuestions: "Fragen neu nummerieren",
  sectionRestored: "Der Abschnitt „{section}“ wurde an seiner Stelle wiederhergestellt.",
  questionsRenumbered: "Die Fragen wurden neu nummeriert.",
  copySummary: "Zusammenfassung kopieren",
  summaryCopied: "Die Zusammenfassung ist in der Zwischenablage.",
  summaryCopyFailed: "Kopieren war nicht möglich. Markieren Sie den Text unten und kopieren Sie ihn mit Strg+C.",
  summaryLabel: "Zusammenfassung",
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
  importInsertAnswerHint:
    "The document has no “{section}” section yet: the whole answer is inserted with these questions.",
  insertIncomplete: "Word did not take all fields. Please check the document or insert again.",
  selftestLink: "Self-test (for IT)",
  selftestIntro:
    "Checks, in an empty document, that this version of Word does what the add-in expects, and measures the time. The document is empty again afterwards.",
  selftestStart: "Start self-test",
  selftestRunning: "Self-test running …",
  selftestReport: "Report",
  selftestCopy: "Copy report",
  selftestBack: "Back",
  insertMisplaced:
    "Word put the insertion inside another field. Please undo it with Ctrl+Z and place the cursor in an empty paragraph outside the fields.",
  checkPartial:
    "Word did not hand out the document's whole content. The check sees only the fields Word lists, so single errors may be missing or wrong.",
  confirmAnswerTitle: "Answer already present",
  confirmAnswerBody: "This document already holds an answer. Insert a second answer anyway?",
  adoptOfferTitle: "Written without the add-in's fields",
  adoptOfferText:
    "Take the answer into the answer structure: your text stays word for word as it is, and the add-in puts its fields around it. Afterwards the findings lead to their place, and renumbering and restoring work.",
  adoptButton: "Take into answer structure",
  adoptDialogTitle: "Take into answer structure",
  adoptDialogIntro: "Recognised, section by section:",
  adoptUnplaced: "Not placed – stays unchanged outside the fields:",
  adoptNotWrapped: "Recognised but not put into a field – stays as text:",
  adoptConfirm: "Take over",
  adopted: "The answer is now in the answer structure.",
  adoptUndo: "Undo taking over",
  adoptUndoHint: "Something wrong? As long as the document is not changed further, the add-in puts it back as it was.",
  adoptUndone: "Taking over was undone; the document is as it was.",
  adoptUndoRefused:
    "The document was changed after taking over. So that these changes are not lost, nothing was undone.",
  adoptRefused: "Not taken over: {reason}",
  confirmSectionTitle: "Section already present",
  confirmSectionBody: "The section “{section}” is already in the document. Insert it again?",
  confirmInsert: "Insert anyway",
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
  checkButton: "Check",
  checkIntro:
    "Checks the document before submission: completeness, formats, numbering, references. Checks again after every change.",
  checkRunning: "Checking the document …",
  readyForSubmission: "Ready for submission",
  readyWithHints: "Ready for submission – note {hints}.",
  hintCountOne: "1 hint",
  hintCountOther: "{count} hints",
  severityError: "Error",
  severityHint: "Hint",
  documentGroup: "Document",
  goToHint: "Go to the place in the document",
  restoreSection: "Restore section",
  renumberQuestions: "Renumber questions",
  sectionRestored: "The section “{section}” was restored in its place.",
  questionsRenumbered: "The questions were renumbered.",
  copySummary: "Copy summary",
  summaryCopied: "The summary is on the clipboard.",
  summaryCopyFailed: "Copying was not possible. Select the text below and copy it with Ctrl+C.",
  summaryLabel: "Summary",
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

/** A text with its "{name}" placeholders filled; one without a value stays as written. */
export function fillIn(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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
