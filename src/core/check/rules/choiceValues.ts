/**
 * A choice field (drop-down) holds exactly one of its choices. Where Word offers no drop-down the field
 * is plain text and may hold anything, so a value outside the choices is an error. Combo boxes allow
 * free text by design and are not checked here.
 */
import { defineRule } from "../findings";
import { oneOf, quoted } from "../messages";
import { fieldEntries, filledOccurrences } from "../support/lookup";
import { matchingChoice } from "../values/choices";

export default defineRule<"notAChoice">({
  id: "choiceValues",
  description: {
    de: "Jedes Auswahlfeld enthält genau eine der erlaubten Möglichkeiten.",
    en: "Every choice field holds exactly one of its allowed choices.",
  },
  messages: {
    notAChoice: {
      severity: "error",
      de: "{{field}}: {{value}} ist keine der Auswahlmöglichkeiten. Bitte genau eine wählen: {{choices}}.",
      en: "{{field}}: {{value}} is not one of the choices. Please choose exactly one: {{choices}}.",
    },
  },
  check(model) {
    return (
      fieldEntries(model.profile)
        // A profile's choice field has at least one choice (profile/validate.ts).
        .filter((entry) => entry.field.kind === "choice")
        .flatMap((entry) => {
          const choices = entry.field.choices ?? [];
          return filledOccurrences(model, entry.key)
            .filter((o) => matchingChoice(o.text, choices) === undefined)
            .map((o) => ({
              messageId: "notAChoice" as const,
              sectionId: entry.section.id,
              target: o.index,
              data: { field: quoted(entry.field.title), value: quoted(o.text), choices: oneOf(choices) },
            }));
        })
    );
  },
});
