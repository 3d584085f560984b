/** Date fields hold real dates in German form (TT.MM.JJJJ): "31.02.2013" is not one. */
import { parseGermanDate } from "../../dates";
import type { Rule } from "../findings";
import { de, en, error } from "./finding";
import { fieldEntries, filledOccurrences } from "./lookup";
import { isDateField } from "./dates";

const ID = "validDates";

export const validDates: Rule = {
  id: ID,
  check(model) {
    return fieldEntries(model.profile)
      .filter(isDateField)
      .flatMap((entry) =>
        filledOccurrences(model, entry.key)
          .filter((o) => parseGermanDate(o.text) === null)
          .map((o) => error(ID, { sectionId: entry.section.id, target: o.index },
            `${entry.field.title}: ${de(o.text)} ist kein gültiges Datum. Bitte im Format TT.MM.JJJJ eingeben.`,
            `${entry.field.title}: ${en(o.text)} is not a valid date. Please enter it as DD.MM.YYYY.`)));
  },
};
