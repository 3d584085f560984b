/** Dates of other sections (the meeting) do not lie before the document's date: an answer precedes its meeting. */
import { formatGermanDate, parseGermanDate } from "../../dates";
import type { Finding, Rule } from "../findings";
import { de, en, error } from "./finding";
import { filledOccurrences } from "./lookup";
import { compareDates, documentDate, laterDateFields } from "./dates";

const ID = "datesInOrder";

export const datesInOrder: Rule = {
  id: ID,
  check(model) {
    const reference = documentDate(model);
    if (!reference) return [];
    const shown = formatGermanDate(reference.date);
    const refTitle = reference.entry.field.title;
    return laterDateFields(model.profile).flatMap((entry) =>
      filledOccurrences(model, entry.key).flatMap((o): Finding[] => {
        const date = parseGermanDate(o.text);
        if (!date || compareDates(date, reference.date) >= 0) return [];
        return [error(ID, { sectionId: entry.section.id, target: o.index },
          `${de(entry.field.title)} (${formatGermanDate(date)}) liegt vor dem Datum des Dokuments (${de(refTitle)}: ${shown}). Bitte beide Daten prüfen.`,
          `${en(entry.field.title)} (${formatGermanDate(date)}) is before the document's date (${en(refTitle)}: ${shown}). Please check both dates.`)];
      }));
  },
};
