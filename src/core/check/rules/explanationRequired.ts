/** A rating the profile names (+ or − in the Demografie-Check) needs the section's explanation filled in. */
import type { RatingSection } from "../../profile/types";
import { itemKey } from "../../tags";
import type { Finding, Rule } from "../findings";
import type { DocumentModel } from "../model";
import { choiceKey } from "./choices";
import { de, en, error } from "./finding";
import { filledOccurrences, firstFrame, occurrencesOf } from "./lookup";
import { isUnrated } from "./ratings";

const ID = "explanationRequired";

/** Items rated with a value that asks for an explanation, with that value. */
function ratingsNeedingExplanation(model: DocumentModel, section: RatingSection): { label: string; value: string }[] {
  const needing = new Set(section.explanationRequiredFor.map(choiceKey));
  return section.items.flatMap((item) =>
    occurrencesOf(model, itemKey(section.id, item.id))
      .filter((o) => !isUnrated(o, section) && needing.has(choiceKey(o.text)))
      .map((o) => ({ label: item.label, value: o.text })));
}

function sectionFindings(model: DocumentModel, section: RatingSection): Finding[] {
  const key = itemKey(section.id, section.explanation.id);
  const rated = ratingsNeedingExplanation(model, section);
  if (rated.length === 0 || filledOccurrences(model, key).length > 0) return [];
  const target = occurrencesOf(model, key)[0]?.index ?? firstFrame(model, section.id);
  const because = { de: rated.map((r) => `${de(r.label)} ist mit ${de(r.value)} bewertet`).join("; "), en: rated.map((r) => `${en(r.label)} is rated ${en(r.value)}`).join("; ") };
  return [error(ID, { sectionId: section.id, target },
    `${de(section.explanation.title)} fehlen: ${because.de}. Bitte die Bewertung erläutern.`,
    `${en(section.explanation.title)} missing: ${because.en}. Please explain the rating.`)];
}

export const explanationRequired: Rule = {
  id: ID,
  check(model) {
    return model.profile.sections.flatMap((section) => (section.kind === "rating" ? sectionFindings(model, section) : []));
  },
};
