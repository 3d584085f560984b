/** Drucks.-Nr. of the answer and of the inquiry are written in the profile's form (its pattern, its example). */
import { defineRule } from "../findings";
import { quoted } from "../messages";
import { numberRule, numbersIn, type NumberFormat } from "../support/documentNumbers";
import { numberPattern } from "../values/numbers";

const FORMATS: NumberFormat[] = ["answerNumber", "inquiryNumber"];

export default defineRule<"wrongForm">({
  id: "numberForm",
  description: {
    de: "Die Nummern von Antwort und Anfrage haben die Form des Rates.",
    en: "The numbers of answer and inquiry have the council's form.",
  },
  messages: {
    wrongForm: {
      severity: "error",
      de: "{{field}}: {{value}} hat nicht die vorgeschriebene Form. Bitte so schreiben wie {{example}}.",
      en: "{{field}}: {{value}} is not in the required form. Please write it like {{example}}.",
    },
  },
  check(model) {
    return FORMATS.flatMap((format) => {
      const rule = numberRule(model.profile, format);
      if (numberPattern(rule) === null) return []; // a broken profile pattern is the profile validator's finding
      return numbersIn(model, format)
        .filter((n) => n.parts === null)
        .map(({ entry, occurrence }) => ({
          messageId: "wrongForm" as const,
          sectionId: entry.section.id,
          target: occurrence.index,
          data: { field: entry.field.title, value: quoted(occurrence.text), example: quoted(rule.example) },
        }));
    });
  },
});
