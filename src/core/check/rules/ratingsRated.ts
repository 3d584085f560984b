/** Every item of an impact check (each Demografie-Check goal) is rated. */
import type { RatingSection } from "../../profile/types";
import { itemKey } from "../../tags";
import type { Finding, Rule } from "../findings";
import type { DocumentModel } from "../model";
import { alternatives, de, en, error } from "./finding";
import { firstFrame, occurrencesOf, ratingSections } from "./lookup";
import { isUnrated } from "./ratings";

const ID = "ratingsRated";

function itemFindings(model: DocumentModel, section: RatingSection, item: RatingSection["items"][number]): Finding[] {
  const occurrences = occurrencesOf(model, itemKey(section.id, item.id));
  const choose = { de: `Bitte ${alternatives(section.choices, de, "oder")} wählen.`, en: `Please choose ${alternatives(section.choices, en, "or")}.` };
  if (occurrences.length === 0) {
    const frame = firstFrame(model, section.id);
    return frame === null ? [] : [error(ID, { sectionId: section.id, target: frame },
      `Die Bewertung für ${de(item.label)} fehlt im Abschnitt ${de(section.title)}. Bitte das Löschen rückgängig machen.`,
      `The rating for ${en(item.label)} is missing from section ${en(section.title)}. Please undo the deletion.`)];
  }
  return occurrences
    .filter((o) => isUnrated(o, section))
    .map((o) => error(ID, { sectionId: section.id, target: o.index },
      `${de(item.label)} ist nicht bewertet. ${choose.de}`,
      `${en(item.label)} is not rated. ${choose.en}`));
}

export const ratingsRated: Rule = {
  id: ID,
  check(model) {
    return ratingSections(model.profile).flatMap((section) => section.items.flatMap((item) => itemFindings(model, section, item)));
  },
};
