/** Dates of other sections (the meeting) do not lie before the document's date: an answer precedes its meeting. */
import { formatGermanDate, parseGermanDate } from "../../dates";
import { defineRule, type Report } from "../findings";
import { quoted } from "../messages";
import { filledOccurrences } from "../support/lookup";
import { compareDates, documentDate, laterDateFields } from "../support/dateFields";

export default defineRule<"beforeDocumentDate">({
  id: "datesInOrder",
  description: {
    de: "Spätere Termine (die Sitzung) liegen nicht vor dem Datum des Dokuments.",
    en: "Later dates (the meeting) are not before the document's date.",
  },
  messages: {
    beforeDocumentDate: {
      severity: "error",
      de: "{{field}} ({{date}}) liegt vor dem Datum des Dokuments ({{reference}}: {{referenceDate}}). Bitte beide Daten prüfen.",
      en: "{{field}} ({{date}}) is before the document's date ({{reference}}: {{referenceDate}}). Please check both dates.",
    },
  },
  check(model) {
    const reference = documentDate(model);
    if (!reference) return [];
    const fixed = { reference: quoted(reference.entry.field.title), referenceDate: formatGermanDate(reference.date) };
    return laterDateFields(model.profile).flatMap((entry) =>
      filledOccurrences(model, entry.key).flatMap((o): Report<"beforeDocumentDate">[] => {
        const date = parseGermanDate(o.text);
        if (!date || compareDates(date, reference.date) >= 0) return [];
        const data = { field: quoted(entry.field.title), date: formatGermanDate(date), ...fixed };
        return [{ messageId: "beforeDocumentDate", sectionId: entry.section.id, target: o.index, data }];
      }),
    );
  },
});
