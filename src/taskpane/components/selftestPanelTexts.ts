/** The words of the Selbsttest, which load with it (the pane's first view: ../i18n.ts). */
import type { Catalogs } from "../i18n";

const de = {
  selftestIntro:
    "Prüft in einem leeren Dokument, ob diese Word-Version tut, was das Add-In erwartet, und misst die Dauer. Danach ist das Dokument wieder leer.",
  selftestStart: "Selbsttest starten",
  selftestRunning: "Selbsttest läuft …",
  selftestReport: "Bericht",
  selftestCopy: "Bericht kopieren",
  selftestBack: "Zurück",
};

const en: typeof de = {
  selftestIntro:
    "Checks, in an empty document, that this version of Word does what the add-in expects, and measures the time. The document is empty again afterwards.",
  selftestStart: "Start self-test",
  selftestRunning: "Self-test running …",
  selftestReport: "Report",
  selftestCopy: "Copy report",
  selftestBack: "Back",
};

export const SELFTEST_TEXTS: Catalogs<keyof typeof de> = { de, en };
