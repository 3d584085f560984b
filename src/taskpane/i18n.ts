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

export type Language = "de" | "en";

/** German comes with the page; English is added by loadLanguage. */
const CATALOGS: Partial<Record<Language, Messages>> = { de };

/**
 * Loads the words of a language before the pane shows it: most users' Word is German, so the first load carries
 * German only. Where English cannot load, the pane speaks German rather than not at all.
 */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === "en" && !CATALOGS.en)
    CATALOGS.en = await import(/* webpackChunkName: "english" */ "./i18n.en").then(
      (module) => module.en,
      () => undefined,
    );
}

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
  return translatorOf({ de, en: CATALOGS.en ?? de }, language);
}
