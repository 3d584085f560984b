/** Every required field of the profile is filled: not empty and not still showing its placeholder. */
import type { Finding, Rule } from "../findings";
import type { DocumentModel } from "../model";
import { alternatives, de, en, error } from "./finding";
import { fieldEntries, firstFrame, occurrencesOf, type FieldEntry } from "./lookup";

const ID = "requiredFields";

function whatToDo(entry: FieldEntry): { de: string; en: string } {
  const choices = entry.field.kind === "choice" ? entry.field.choices ?? [] : [];
  if (choices.length === 0) return { de: "Bitte ausfüllen.", en: "Please fill it in." };
  return { de: `Bitte ${alternatives(choices, de, "oder")} wählen.`, en: `Please choose ${alternatives(choices, en, "or")}.` };
}

function missingControl(model: DocumentModel, entry: FieldEntry): Finding[] {
  const frame = firstFrame(model, entry.section.id);
  // Without its section the field is reported as part of the missing section.
  if (frame === null) return [];
  return [error(ID, { sectionId: entry.section.id, target: frame },
    `Das Feld ${de(entry.field.title)} fehlt im Abschnitt ${de(entry.section.title)}. Bitte das Löschen rückgängig machen oder das Feld neu einfügen.`,
    `The field ${en(entry.field.title)} is missing from section ${en(entry.section.title)}. Please undo the deletion or insert the field again.`)];
}

function blankFindings(model: DocumentModel, entry: FieldEntry): Finding[] {
  const todo = whatToDo(entry);
  return occurrencesOf(model, entry.key)
    .filter((o) => o.blank)
    .map((o) => error(ID, { sectionId: entry.section.id, target: o.index },
      `${de(entry.field.title)} ist noch leer. ${todo.de}`,
      `${en(entry.field.title)} is still empty. ${todo.en}`));
}

export const requiredFields: Rule = {
  id: ID,
  check(model) {
    return fieldEntries(model.profile)
      .filter((entry) => entry.field.required)
      .flatMap((entry) => (occurrencesOf(model, entry.key).length === 0 ? missingControl(model, entry) : blankFindings(model, entry)));
  },
};
