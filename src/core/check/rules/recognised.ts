/** Says that the controls were recognised rather than read, how, and how many: the findings rest on it. */
import { defineRule } from "../findings";
import { phrase } from "../messages";

export default defineRule<"structureLost" | "writtenWithoutAddin">({
  id: "recognised",
  description: {
    de: "Eine Antwort ohne die Felder des Add-ins (alte Vorlage, oder in einem anderen Programm gespeichert) wird erkannt, und es wird gesagt, wie viel.",
    en: "An answer without the add-in's fields (the old template, or saved by another program) is recognised, and how much is said.",
  },
  messages: {
    structureLost: {
      severity: "hint",
      de: "Das Dokument wurde mit einem anderen Programm gespeichert (etwa LibreOffice) und hat dabei die Kennungen, Sperren und Abschnittsrahmen seiner Felder verloren. Geprüft wurde, was an Titel, Art und Reihenfolge wiedererkannt wurde ({{matched}} von {{expected}} Feldern). Damit das Add-in das Dokument wieder bearbeiten kann, die Antwort in Word neu einfügen und den Text übernehmen.",
      en: "The document was saved by another program (LibreOffice, say) and lost the tags, locks and section frames of its fields. What was recognised by title, kind and order was checked ({{matched}} of {{expected}} fields). For the add-in to edit it again, insert the answer anew in Word and move the text over.",
    },
    writtenWithoutAddin: {
      severity: "hint",
      de: "Die Antwort wurde ohne die Felder des Add-ins geschrieben (etwa mit der alten Vorlage). Geprüft wurde, was an Überschriften, Beschriftungen und nummerierten Fragen erkannt wurde ({{matched}} von {{expected}} Feldern).{{unplaced}} Nicht Erkanntes wurde nicht geprüft. „In Antwortstruktur überführen“ im Aufgabenbereich (oder ratsantwort adopt) setzt die Felder um den Text, ohne ein Wort zu ändern.",
      en: "The answer was written without the add-in's fields (with the old template, say). What was recognised by headings, labels and numbered questions was checked ({{matched}} of {{expected}} fields).{{unplaced}} Anything not recognised was not checked. “Take into answer structure” in the task pane (or ratsantwort adopt) puts the fields around the text without changing a word.",
    },
  },
  phrases: {
    oneUnplaced: {
      de: " Ein Absatz konnte keinem Feld zugeordnet werden.",
      en: " One paragraph could not be placed in any field.",
    },
    someUnplaced: {
      de: " {{count}} Absätze konnten keinem Feld zugeordnet werden.",
      en: " {{count}} paragraphs could not be placed in any field.",
    },
  },
  check(model) {
    const how = model.snapshot.recognised;
    if (!how) return [];
    const { matched, expected } = how;
    if (how.how === "resaved")
      return [{ messageId: "structureLost", sectionId: null, target: null, data: { matched, expected } }];
    const count = how.unplaced ?? 0;
    const unplaced = count === 0 ? "" : count === 1 ? phrase("oneUnplaced") : phrase("someUnplaced", { count });
    return [{ messageId: "writtenWithoutAddin", sectionId: null, target: null, data: { matched, expected, unplaced } }];
  },
});
