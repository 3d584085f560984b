/** Phone-format fields (Telefon, Fax) hold German phone numbers; a local number is fine (the label has the area code). */
import type { Rule } from "../findings";
import { digitCount, PHONE_DIGIT_RANGE, phoneProblem, type PhoneProblem } from "../phone";
import { de, en, error } from "./finding";
import { fieldsWithFormat, filledOccurrences } from "./lookup";

const ID = "phoneNumbers";

function explain(problem: PhoneProblem, value: string): { de: string; en: string } {
  switch (problem) {
    case "characters":
      return {
        de: `${de(value)} ist keine Telefonnummer. Bitte nur Ziffern, Leerzeichen und / - ( ) verwenden, z. B. „123 45 67“.`,
        en: `${en(value)} is not a phone number. Please use only digits, spaces and / - ( ), e.g. “123 45 67”.`,
      };
    case "country":
      return {
        de: `${de(value)} ist keine deutsche Nummer. Bitte mit +49 oder 0 beginnen oder nur die Durchwahl eingeben.`,
        en: `${en(value)} is not a German number. Please start with +49 or 0, or enter the local number only.`,
      };
    case "digits":
      return {
        de: `${de(value)} hat ${digitCount(value)} Ziffern; eine Telefonnummer hat ${PHONE_DIGIT_RANGE.min} bis ${PHONE_DIGIT_RANGE.max}. Bitte prüfen.`,
        en: `${en(value)} has ${digitCount(value)} digits; a phone number has ${PHONE_DIGIT_RANGE.min} to ${PHONE_DIGIT_RANGE.max}. Please check it.`,
      };
  }
}

export const phoneNumbers: Rule = {
  id: ID,
  check(model) {
    return fieldsWithFormat(model.profile, "phone").flatMap((entry) =>
      filledOccurrences(model, entry.key).flatMap((o) => {
        const problem = phoneProblem(o.text);
        if (!problem) return [];
        const text = explain(problem, o.text);
        return [error(ID, { sectionId: entry.section.id, target: o.index }, `${entry.field.title}: ${text.de}`, `${entry.field.title}: ${text.en}`)];
      }));
  },
};
