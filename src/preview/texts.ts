/** The preview's own words (the pane's are in src/taskpane/i18n.ts). */
import type { Language } from "../taskpane/i18n";

const de = {
  title: "Vorschau ohne Word",
  hint: "Ratsantwort läuft hier außerhalb von Word, auf einem Beispieldokument, das nur in dieser Seite gespeichert ist. Einfügen, Ausfüllen und Prüfen funktionieren wie in Word.",
  documentHeading: "Beispieldokument",
  readOnly: "Dokument schreibgeschützt",
  locked: "Felder gesperrt",
  /** Word's own placeholder for a control emptied by the user. */
  defaultPlaceholder: "Klicken oder tippen Sie hier, um Text einzugeben.",
  cursorHere: "Cursor",
};

const en: typeof de = {
  title: "Preview without Word",
  hint: "Ratsantwort runs outside Word here, on a sample document kept only in this page. Inserting, filling in and checking work as in Word.",
  documentHeading: "Sample document",
  readOnly: "Document read-only",
  locked: "Fields locked",
  defaultPlaceholder: "Click or tap here to enter text.",
  cursorHere: "Cursor",
};

export type PreviewTexts = typeof de;

export function previewTexts(language: Language): PreviewTexts {
  return language === "en" ? en : de;
}
