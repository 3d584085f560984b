/** Every required field of the profile is filled: not empty and not still showing its placeholder. */
import { defineRule, type Report } from "../findings";
import { oneOf, phrase, quoted } from "../messages";
import type { DocumentModel } from "../model";
import { fieldEntries, firstFrame, occurrencesOf, type FieldEntry } from "../support/lookup";

type MessageId = "missing" | "empty";

function missingControl(model: DocumentModel, entry: FieldEntry): Report<MessageId>[] {
  const frame = firstFrame(model, entry.section.id);
  // Without its section the field is reported as part of the missing section.
  if (frame === null) return [];
  return [
    {
      messageId: "missing",
      sectionId: entry.section.id,
      target: frame,
      data: { field: quoted(entry.field.title), section: quoted(entry.section.title) },
    },
  ];
}

function blankFindings(model: DocumentModel, entry: FieldEntry): Report<MessageId>[] {
  const choices = entry.field.kind === "choice" ? (entry.field.choices ?? []) : [];
  const todo = choices.length === 0 ? phrase("fillIn") : phrase("choose", { choices: oneOf(choices) });
  return occurrencesOf(model, entry.key)
    .filter((o) => o.blank)
    .map((o) => ({
      messageId: "empty",
      sectionId: entry.section.id,
      target: o.index,
      data: { field: quoted(entry.field.title), todo },
    }));
}

export default defineRule<MessageId>({
  id: "requiredFields",
  description: {
    de: "Jedes Pflichtfeld ist ausgefüllt, kein Platzhalter steht mehr.",
    en: "Every required field is filled in; no placeholder is left.",
  },
  messages: {
    missing: {
      severity: "error",
      de: "Das Feld {{field}} fehlt im Abschnitt {{section}}. Bitte das Löschen rückgängig machen oder das Feld neu einfügen.",
      en: "The field {{field}} is missing from section {{section}}. Please undo the deletion or insert the field again.",
    },
    empty: { severity: "error", de: "{{field}} ist noch leer. {{todo}}", en: "{{field}} is still empty. {{todo}}" },
  },
  phrases: {
    fillIn: { de: "Bitte ausfüllen.", en: "Please fill it in." },
    choose: { de: "Bitte {{choices}} wählen.", en: "Please choose {{choices}}." },
  },
  check(model) {
    return fieldEntries(model.profile)
      .filter((entry) => entry.field.required)
      .flatMap((entry) =>
        occurrencesOf(model, entry.key).length === 0 ? missingControl(model, entry) : blankFindings(model, entry),
      );
  },
});
