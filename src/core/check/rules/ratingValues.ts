/** A rated item holds exactly one of the section's choices ("-" counts as "−"); the plain-text fallback allows anything. */
import type { RatingSection } from "../../profile/types";
import { itemKey } from "../../tags";
import type { Rule } from "../findings";
import type { DocumentModel } from "../model";
import { matchingChoice } from "./choices";
import { alternatives, de, en, error } from "./finding";
import { occurrencesOf, ratingSections } from "./lookup";
import { isUnrated } from "./ratings";

const ID = "ratingValues";

function sectionFindings(model: DocumentModel, section: RatingSection) {
  return section.items.flatMap((item) =>
    occurrencesOf(model, itemKey(section.id, item.id))
      .filter((o) => !isUnrated(o, section) && matchingChoice(o.text, section.choices) === undefined)
      .map((o) => error(ID, { sectionId: section.id, target: o.index },
        `${de(item.label)}: ${de(o.text)} ist keine gültige Bewertung. Bitte genau eine wählen: ${alternatives(section.choices, de, "oder")}.`,
        `${en(item.label)}: ${en(o.text)} is not a valid rating. Please choose exactly one: ${alternatives(section.choices, en, "or")}.`)));
}

export const ratingValues: Rule = {
  id: ID,
  check(model) {
    return ratingSections(model.profile).flatMap((section) => sectionFindings(model, section));
  },
};
