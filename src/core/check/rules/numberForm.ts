/** Drucks.-Nr. of the answer and of the inquiry are written in the profile's form (its pattern, its example). */
import type { Rule } from "../findings";
import { numberPattern } from "../numbers";
import { de, en, error } from "./finding";
import { numberRule, numbersIn, type NumberFormat } from "./documentNumbers";

const ID = "numberForm";
const FORMATS: NumberFormat[] = ["answerNumber", "inquiryNumber"];

export const numberForm: Rule = {
  id: ID,
  check(model) {
    return FORMATS.flatMap((format) => {
      const rule = numberRule(model.profile, format);
      if (numberPattern(rule) === null) return []; // a broken profile pattern is the profile validator's finding
      return numbersIn(model, format)
        .filter((n) => n.parts === null)
        .map(({ entry, occurrence }) => error(ID, { sectionId: entry.section.id, target: occurrence.index },
          `${entry.field.title}: ${de(occurrence.text)} hat nicht die vorgeschriebene Form. Bitte so schreiben wie ${de(rule.example)}.`,
          `${entry.field.title}: ${en(occurrence.text)} is not in the required form. Please write it like ${en(rule.example)}.`));
    });
  },
};
