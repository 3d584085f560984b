/**
 * The year in the answer's Drucks.-Nr. is the year of the document's date. An answer written in January
 * to an inquiry of December keeps the inquiry's year, so when the number's year is the inquiry's,
 * a mismatch is only a hint.
 */
import { formatGermanDate } from "../../dates";
import type { Finding, Rule } from "../findings";
import { YEAR_PART, yearPartMatches } from "../numbers";
import { de, en, error, hint } from "./finding";
import { documentDate } from "./dates";
import { inquiryNumber, numbersIn } from "./documentNumbers";

const ID = "numberYear";

export const numberYear: Rule = {
  id: ID,
  check(model) {
    const reference = documentDate(model);
    if (!reference) return [];
    const inquiryYear = inquiryNumber(model)?.parts[YEAR_PART];
    const dateText = `${reference.entry.field.title} ${formatGermanDate(reference.date)}`;
    return numbersIn(model, "answerNumber").flatMap(({ entry, occurrence, parts }): Finding[] => {
      const year = parts?.[YEAR_PART];
      if (year === undefined || yearPartMatches(year, reference.date.year)) return [];
      const place = { sectionId: entry.section.id, target: occurrence.index };
      const de1 = `${entry.field.title} ${de(occurrence.text)}: Das Jahr ${de(year)} passt nicht zum ${dateText}.`;
      const en1 = `${entry.field.title} ${en(occurrence.text)}: the year ${en(year)} does not match ${dateText}.`;
      return year === inquiryYear
        ? [hint(ID, place, `${de1} Es ist das Jahr der Anfrage; bitte prüfen, ob das so richtig ist.`, `${en1} It is the inquiry's year; please check that this is right.`)]
        : [error(ID, place, `${de1} Bitte Jahr oder Datum korrigieren.`, `${en1} Please correct the year or the date.`)];
    });
  },
};
