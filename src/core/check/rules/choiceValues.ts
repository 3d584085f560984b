/**
 * A choice field (drop-down) holds exactly one of its choices. Where Word offers no drop-down the field
 * is plain text and may hold anything, so a value outside the choices is an error. Combo boxes allow
 * free text by design and are not checked here.
 */
import type { Rule } from "../findings";
import { matchingChoice } from "./choices";
import { alternatives, de, en, error } from "./finding";
import { fieldEntries, filledOccurrences } from "./lookup";

const ID = "choiceValues";

export const choiceValues: Rule = {
  id: ID,
  check(model) {
    return fieldEntries(model.profile)
      .filter((entry) => entry.field.kind === "choice" && (entry.field.choices ?? []).length > 0)
      .flatMap((entry) => {
        const choices = entry.field.choices ?? [];
        return filledOccurrences(model, entry.key)
          .filter((o) => matchingChoice(o.text, choices) === undefined)
          .map((o) => error(ID, { sectionId: entry.section.id, target: o.index },
            `${de(entry.field.title)}: ${de(o.text)} ist keine der Auswahlmöglichkeiten. Bitte genau eine wählen: ${alternatives(choices, de, "oder")}.`,
            `${en(entry.field.title)}: ${en(o.text)} is not one of the choices. Please choose exactly one: ${alternatives(choices, en, "or")}.`));
      });
  },
};
