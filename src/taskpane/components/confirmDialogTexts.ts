/** The words of the confirmation dialog, which load with it (the pane's first view: ../i18n.ts). */
import type { Catalogs } from "../i18n";

const de = {
  confirmAnswerTitle: "Antwort bereits vorhanden",
  confirmAnswerBody: "Dieses Dokument enthält bereits eine Antwort. Möchten Sie trotzdem eine zweite Antwort einfügen?",
  confirmSectionTitle: "Abschnitt bereits vorhanden",
  confirmSectionBody: "Der Abschnitt „{section}“ ist bereits im Dokument. Möchten Sie ihn noch einmal einfügen?",
  confirmInsert: "Trotzdem einfügen",
};

const en: typeof de = {
  confirmAnswerTitle: "Answer already present",
  confirmAnswerBody: "This document already holds an answer. Insert a second answer anyway?",
  confirmSectionTitle: "Section already present",
  confirmSectionBody: "The section “{section}” is already in the document. Insert it again?",
  confirmInsert: "Insert anyway",
};

export const CONFIRM_TEXTS: Catalogs<keyof typeof de> = { de, en };
