/** A document dated after today is possible (written ahead) but often a typo: a hint, not an error. */
import { formatGermanDate } from "../../dates";
import { defineRule } from "../findings";
import { quoted } from "../messages";
import { compareDates, documentDate } from "../support/dateFields";

export default defineRule<"inFuture">({
  id: "documentDateInFuture",
  description: {
    de: "Ein Datum des Dokuments in der Zukunft ist ein Hinweis.",
    en: "A document date in the future is a hint.",
  },
  messages: {
    inFuture: {
      severity: "hint",
      de: "{{field}} ({{date}}) liegt in der Zukunft. Bitte prüfen, ob das Datum stimmt.",
      en: "{{field}} ({{date}}) is in the future. Please check that the date is right.",
    },
  },
  check(model, context) {
    const reference = documentDate(model);
    if (!reference || compareDates(reference.date, context.today) <= 0) return [];
    const { entry, occurrence, date } = reference;
    return [
      {
        messageId: "inFuture",
        sectionId: entry.section.id,
        target: occurrence.index,
        data: { field: quoted(entry.field.title), date: formatGermanDate(date) },
      },
    ];
  },
});
