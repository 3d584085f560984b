/**
 * The year in the answer's Drucks.-Nr. is the year of the document's date. An answer written in January
 * to an inquiry of December keeps the inquiry's year, so when the number's year is the inquiry's,
 * a mismatch is only a hint.
 */
import { formatGermanDate } from "../../dates";
import { defineRule, type Report } from "../findings";
import { quoted } from "../messages";
import { documentDate } from "../support/dateFields";
import { inquiryNumber, numbersIn } from "../support/documentNumbers";
import { YEAR_PART, yearPartMatches } from "../values/numbers";

type MessageId = "inquiryYear" | "wrongYear";

export default defineRule<MessageId>({
  id: "numberYear",
  description: {
    de: "Das Jahr in der Nummer der Antwort passt zum Datum des Dokuments.",
    en: "The year in the answer's number matches the document's date.",
  },
  messages: {
    inquiryYear: {
      severity: "hint",
      de: "{{field}} {{number}}: Das Jahr {{year}} passt nicht zum {{dateField}} {{date}}. Es ist das Jahr der Anfrage; bitte prüfen, ob das so richtig ist.",
      en: "{{field}} {{number}}: the year {{year}} does not match {{dateField}} {{date}}. It is the inquiry's year; please check that this is right.",
    },
    wrongYear: {
      severity: "error",
      de: "{{field}} {{number}}: Das Jahr {{year}} passt nicht zum {{dateField}} {{date}}. Bitte Jahr oder Datum korrigieren.",
      en: "{{field}} {{number}}: the year {{year}} does not match {{dateField}} {{date}}. Please correct the year or the date.",
    },
  },
  check(model) {
    const reference = documentDate(model);
    if (!reference) return [];
    const inquiryYear = inquiryNumber(model)?.parts[YEAR_PART];
    const dated = { dateField: reference.entry.field.title, date: formatGermanDate(reference.date) };
    return numbersIn(model, "answerNumber").flatMap(({ entry, occurrence, parts }): Report<MessageId>[] => {
      const year = parts?.[YEAR_PART];
      if (year === undefined || yearPartMatches(year, reference.date.year)) return [];
      const data = { field: entry.field.title, number: quoted(occurrence.text), year: quoted(year), ...dated };
      return [
        {
          messageId: year === inquiryYear ? "inquiryYear" : "wrongYear",
          sectionId: entry.section.id,
          target: occurrence.index,
          data,
        },
      ];
    });
  },
});
