/**
 * The answer's Drucks.-Nr. continues the inquiry's: every part both numbers have (by the names of the
 * profile's pattern groups) is equal, so VO/0548/13 → VO/0548/13/1-A, but not VO/0549/13/1-A.
 */
import type { Rule } from "../findings";
import { differingParts } from "../numbers";
import { de, en, error } from "./finding";
import { inquiryNumber, numbersIn } from "./documentNumbers";

const ID = "numberContinuesInquiry";

export const numberContinuesInquiry: Rule = {
  id: ID,
  check(model) {
    const inquiry = inquiryNumber(model);
    if (!inquiry) return [];
    return numbersIn(model, "answerNumber").flatMap(({ entry, occurrence, parts }) => {
      const differences = parts ? differingParts(inquiry.parts, parts) : [];
      if (differences.length === 0) return [];
      const deParts = differences.map((d) => `${de(d.found)} statt ${de(d.expected)}`).join(", ");
      const enParts = differences.map((d) => `${en(d.found)} instead of ${en(d.expected)}`).join(", ");
      return [error(ID, { sectionId: entry.section.id, target: occurrence.index },
        `${entry.field.title} ${de(occurrence.text)} setzt die Nummer der Anfrage nicht fort (${inquiry.entry.field.title} ${de(inquiry.occurrence.text)}: ${deParts}). Bitte die Nummer prüfen.`,
        `${entry.field.title} ${en(occurrence.text)} does not continue the inquiry's number (${inquiry.entry.field.title} ${en(inquiry.occurrence.text)}: ${enParts}). Please check the number.`)];
    });
  },
};
