/** Every item of an impact check (each Demografie-Check goal) is rated. */
import type { RatingSection } from "../../profile/types";
import { itemKey } from "../../tags";
import { defineRule, type Report } from "../findings";
import { oneOf, quoted } from "../messages";
import type { DocumentModel } from "../model";
import { firstFrame, occurrencesOf, ratingSections } from "../support/lookup";
import { isUnrated } from "../support/ratings";

type MessageId = "missing" | "unrated";

function itemFindings(
  model: DocumentModel,
  section: RatingSection,
  item: RatingSection["items"][number],
): Report<MessageId>[] {
  const occurrences = occurrencesOf(model, itemKey(section.id, item.id));
  const goal = quoted(item.label);
  if (occurrences.length === 0) {
    const frame = firstFrame(model, section.id);
    return frame === null
      ? []
      : [
          {
            messageId: "missing",
            sectionId: section.id,
            target: frame,
            data: { goal, section: quoted(section.title) },
          },
        ];
  }
  return occurrences
    .filter((o) => isUnrated(o, section))
    .map((o) => ({
      messageId: "unrated",
      sectionId: section.id,
      target: o.index,
      data: { goal, choices: oneOf(section.choices) },
    }));
}

export default defineRule<MessageId>({
  id: "ratingsRated",
  description: { de: "Jedes Ziel einer Wirkungsprüfung ist bewertet.", en: "Every goal of an impact check is rated." },
  messages: {
    missing: {
      severity: "error",
      de: "Die Bewertung für {{goal}} fehlt im Abschnitt {{section}}. Bitte das Löschen rückgängig machen.",
      en: "The rating for {{goal}} is missing from section {{section}}. Please undo the deletion.",
    },
    unrated: {
      severity: "error",
      de: "{{goal}} ist nicht bewertet. Bitte {{choices}} wählen.",
      en: "{{goal}} is not rated. Please choose {{choices}}.",
    },
  },
  check(model) {
    return ratingSections(model.profile).flatMap((section) =>
      section.items.flatMap((item) => itemFindings(model, section, item)),
    );
  },
});
