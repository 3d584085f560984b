/** A document dated after today is possible (written ahead) but often a typo: a hint, not an error. */
import { formatGermanDate } from "../../dates";
import type { Rule } from "../findings";
import { de, en, hint } from "./finding";
import { compareDates, documentDate } from "./dates";

const ID = "documentDateInFuture";

export const documentDateInFuture: Rule = {
  id: ID,
  check(model, context) {
    const reference = documentDate(model);
    if (!reference || compareDates(reference.date, context.today) <= 0) return [];
    const { entry, occurrence, date } = reference;
    return [hint(ID, { sectionId: entry.section.id, target: occurrence.index },
      `${de(entry.field.title)} (${formatGermanDate(date)}) liegt in der Zukunft. Bitte prüfen, ob das Datum stimmt.`,
      `${en(entry.field.title)} (${formatGermanDate(date)}) is in the future. Please check that the date is right.`)];
  },
};
