/** A rating the profile names (+ or − in the Demografie-Check) needs the section's explanation filled in. */
import type { RatingSection } from "../../profile/types";
import { itemKey } from "../../tags";
import { defineRule, type Report } from "../findings";
import { listOf, phrase, quoted } from "../messages";
import type { DocumentModel } from "../model";
import { filledOccurrences, firstFrame, occurrencesOf } from "../support/lookup";
import { isUnrated } from "../support/ratings";
import { choiceKey } from "../values/choices";

/** Items rated with a value that asks for an explanation, with that value. */
function ratingsNeedingExplanation(model: DocumentModel, section: RatingSection): { label: string; value: string }[] {
  const needing = new Set(section.explanationRequiredFor.map(choiceKey));
  return section.items.flatMap((item) =>
    occurrencesOf(model, itemKey(section.id, item.id))
      .filter((o) => !isUnrated(o, section) && needing.has(choiceKey(o.text)))
      .map((o) => ({ label: item.label, value: o.text })),
  );
}

function sectionFindings(model: DocumentModel, section: RatingSection): Report<"missing">[] {
  const key = itemKey(section.id, section.explanation.id);
  const rated = ratingsNeedingExplanation(model, section);
  if (rated.length === 0 || filledOccurrences(model, key).length > 0) return [];
  const target = occurrencesOf(model, key)[0]?.index ?? firstFrame(model, section.id);
  const because = listOf(
    rated.map((r) => phrase("ratedWith", { goal: quoted(r.label), value: quoted(r.value) })),
    "; ",
  );
  return [
    {
      messageId: "missing",
      sectionId: section.id,
      target,
      data: { explanation: quoted(section.explanation.title), because },
    },
  ];
}

export default defineRule<"missing">({
  id: "explanationRequired",
  description: {
    de: "Eine Bewertung, die eine Erläuterung verlangt (etwa + oder −), hat eine.",
    en: "A rating that needs an explanation (+ or −, say) has one.",
  },
  messages: {
    missing: {
      severity: "error",
      de: "{{explanation}} fehlen: {{because}}. Bitte die Bewertung erläutern.",
      en: "{{explanation}} missing: {{because}}. Please explain the rating.",
    },
  },
  phrases: { ratedWith: { de: "{{goal}} ist mit {{value}} bewertet", en: "{{goal}} is rated {{value}}" } },
  check(model) {
    return model.profile.sections.flatMap((section) =>
      section.kind === "rating" ? sectionFindings(model, section) : [],
    );
  },
});
