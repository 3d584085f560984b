/** Says that the controls were recognised rather than read, how, and how many: the findings rest on it. */
import type { Rule } from "../findings";

export const recognised: Rule = {
  id: "recognised",
  check(model) {
    const how = model.snapshot.recognised;
    if (!how) return [];
    const { matched, expected } = how;
    const unplaced = how.unplaced ?? 0;
    const unplacedDe = unplaced === 0 ? "" : ` ${unplaced === 1 ? "Ein Absatz konnte" : `${unplaced} Absätze konnten`} keinem Feld zugeordnet werden.`;
    const unplacedEn = unplaced === 0 ? "" : ` ${unplaced === 1 ? "One paragraph" : `${unplaced} paragraphs`} could not be placed in any field.`;
    const message =
      how.how === "resaved"
        ? {
          de: `Das Dokument wurde mit einem anderen Programm gespeichert (etwa LibreOffice) und hat dabei die Kennungen, Sperren und Abschnittsrahmen seiner Felder verloren. Geprüft wurde, was an Titel, Art und Reihenfolge wiedererkannt wurde (${matched} von ${expected} Feldern). Damit das Add-in das Dokument wieder bearbeiten kann, die Antwort in Word neu einfügen und den Text übernehmen.`,
          en: `The document was saved by another program (LibreOffice, say) and lost the tags, locks and section frames of its fields. What was recognised by title, kind and order was checked (${matched} of ${expected} fields). For the add-in to edit it again, insert the answer anew in Word and move the text over.`,
        }
        : {
          de: `Die Antwort wurde ohne die Felder des Add-ins geschrieben (etwa mit der alten Vorlage). Geprüft wurde, was an Überschriften, Beschriftungen und nummerierten Fragen erkannt wurde (${matched} von ${expected} Feldern).${unplacedDe} Nicht Erkanntes wurde nicht geprüft. „In Antwortstruktur überführen“ im Aufgabenbereich (oder ratsantwort adopt) setzt die Felder um den Text, ohne ein Wort zu ändern.`,
          en: `The answer was written without the add-in's fields (with the old template, say). What was recognised by headings, labels and numbered questions was checked (${matched} of ${expected} fields).${unplacedEn} Anything not recognised was not checked. “Take into answer structure” in the task pane (or ratsantwort adopt) puts the fields around the text without changing a word.`,
        };
    return [{ rule: how.how === "resaved" ? "structureLost" : "writtenWithoutAddin", severity: "hint", sectionId: null, target: null, message }];
  },
};
