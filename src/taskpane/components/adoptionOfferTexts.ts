/** The words of the adoption offer and its dialog, which load with it (the pane's first view: ../i18n.ts). */
import type { Catalogs } from "../i18n";

const de = {
  adoptOfferTitle: "Ohne die Felder des Add-ins geschrieben",
  adoptOfferText:
    "Überführen Sie die Antwort in die Antwortstruktur: Ihr Text bleibt Wort für Wort, wie er ist, das Add-in setzt seine Felder darum. Danach führen die Hinweise zur Stelle, und Nummerieren und Wiederherstellen wirken.",
  adoptButton: "In Antwortstruktur überführen",
  adoptDialogTitle: "In Antwortstruktur überführen",
  adoptDialogIntro: "Erkannt wurde, Abschnitt für Abschnitt:",
  adoptUnplaced: "Nicht zugeordnet – bleibt unverändert außerhalb der Felder:",
  adoptNotWrapped: "Erkannt, aber nicht in ein Feld gesetzt – bleibt als Text:",
  adoptConfirm: "Überführen",
  adoptUndo: "Überführung rückgängig machen",
  adoptUndoHint:
    "Stimmt etwas nicht? Solange das Dokument nicht weiter geändert wird, stellt das Add-in es wieder her, wie es war.",
};

const en: typeof de = {
  adoptOfferTitle: "Written without the add-in's fields",
  adoptOfferText:
    "Take the answer into the answer structure: your text stays word for word as it is, and the add-in puts its fields around it. Afterwards the findings lead to their place, and renumbering and restoring work.",
  adoptButton: "Take into answer structure",
  adoptDialogTitle: "Take into answer structure",
  adoptDialogIntro: "Recognised, section by section:",
  adoptUnplaced: "Not placed – stays unchanged outside the fields:",
  adoptNotWrapped: "Recognised but not put into a field – stays as text:",
  adoptConfirm: "Take over",
  adoptUndo: "Undo taking over",
  adoptUndoHint: "Something wrong? As long as the document is not changed further, the add-in puts it back as it was.",
};

export const ADOPTION_TEXTS: Catalogs<keyof typeof de> = { de, en };
