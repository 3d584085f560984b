/** A rated item holds exactly one of the section's choices ("-" counts as "−"); the plain-text fallback allows anything. */
import type { RatingSection } from "../../profile/types";
import { itemKey } from "../../tags";
import { defineRule, type Report } from "../findings";
import { oneOf, quoted } from "../messages";
import type { DocumentModel } from "../model";
import { occurrencesOf, ratingSections } from "../support/lookup";
import { isUnrated } from "../support/ratings";
import { matchingChoice } from "../values/choices";

function sectionFindings(model: DocumentModel, section: RatingSection): Report<"invalid">[] {
  return section.items.flatMap((item) =>
    occurrencesOf(model, itemKey(section.id, item.id))
      .filter((o) => !isUnrated(o, section) && matchingChoice(o.text, section.choices) === undefined)
      .map((o) => ({
        messageId: "invalid" as const,
        sectionId: section.id,
        target: o.index,
        data: { goal: quoted(item.label), value: quoted(o.text), choices: oneOf(section.choices) },
      })),
  );
}

export default defineRule<"invalid">({
  id: "ratingValues",
  description: {
    de: "Jede Bewertung ist genau eine der erlaubten.",
    en: "Every rating is exactly one of the allowed ones.",
  },
  messages: {
    invalid: {
      severity: "error",
      de: "{{goal}}: {{value}} ist keine gültige Bewertung. Bitte genau eine wählen: {{choices}}.",
      en: "{{goal}}: {{value}} is not a valid rating. Please choose exactly one: {{choices}}.",
    },
  },
  check(model) {
    return ratingSections(model.profile).flatMap((section) => sectionFindings(model, section));
  },
});
