/** The words of the check, which load with it (the pane's first view: ../i18n.ts). */
import type { Catalogs } from "../i18n";

const de = {
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
  accessibilityGroup: "Barrierefreiheit",
  removeSpacing: "Leere Absätze entfernen",
  setTitle: "Titel setzen",
  goToHint: "Zur Stelle im Dokument",
  copySummary: "Zusammenfassung kopieren",
  summaryCopied: "Die Zusammenfassung ist in der Zwischenablage.",
  summaryCopyFailed: "Kopieren war nicht möglich. Markieren Sie den Text unten und kopieren Sie ihn mit Strg+C.",
  summaryLabel: "Zusammenfassung",
  restoreSection: "Abschnitt wiederherstellen",
  renumberQuestions: "Fragen neu nummerieren",
};

const en: typeof de = {
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
  accessibilityGroup: "Accessibility",
  removeSpacing: "Remove empty paragraphs",
  setTitle: "Set title",
  goToHint: "Go to the place in the document",
  copySummary: "Copy summary",
  summaryCopied: "The summary is on the clipboard.",
  summaryCopyFailed: "Copying was not possible. Select the text below and copy it with Ctrl+C.",
  summaryLabel: "Summary",
  restoreSection: "Restore section",
  renumberQuestions: "Renumber questions",
};

export const CHECK_TEXTS: Catalogs<keyof typeof de> = { de, en };
