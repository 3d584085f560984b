/** Date fields hold real dates in German form (TT.MM.JJJJ): "31.02.2013" is not one. */
import { parseGermanDate } from "../../dates";
import { defineRule } from "../findings";
import { quoted } from "../messages";
import { fieldEntries, filledOccurrences } from "../support/lookup";
import { isDateField } from "../support/dateFields";

export default defineRule<"invalid">({
  id: "validDates",
  description: {
    de: "Datumsfelder enthalten echte Daten (TT.MM.JJJJ).",
    en: "Date fields hold real dates (DD.MM.YYYY).",
  },
  messages: {
    invalid: {
      severity: "error",
      de: "{{field}}: {{value}} ist kein gültiges Datum. Bitte im Format TT.MM.JJJJ eingeben.",
      en: "{{field}}: {{value}} is not a valid date. Please enter it as DD.MM.YYYY.",
    },
  },
  check(model) {
    return fieldEntries(model.profile)
      .filter(isDateField)
      .flatMap((entry) =>
        filledOccurrences(model, entry.key)
          .filter((o) => parseGermanDate(o.text) === null)
          .map((o) => ({
            messageId: "invalid" as const,
            sectionId: entry.section.id,
            target: o.index,
            data: { field: entry.field.title, value: quoted(o.text) },
          })),
      );
  },
});
