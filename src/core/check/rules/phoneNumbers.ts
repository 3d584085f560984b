/** Phone-format fields (Telefon, Fax) hold German phone numbers; a local number is fine (the label has the area code). */
import { defineRule, type Report } from "../findings";
import { quoted, type MessageData } from "../messages";
import { fieldsWithFormat, filledOccurrences } from "../support/lookup";
import { digitCount, PHONE_DIGIT_RANGE, phoneProblem, type PhoneProblem } from "../values/phone";

export default defineRule<PhoneProblem>({
  id: "phoneNumbers",
  description: {
    de: "Telefon- und Faxfelder enthalten deutsche Telefonnummern (eine Durchwahl genügt).",
    en: "Phone and fax fields hold German phone numbers (a local extension is fine).",
  },
  messages: {
    characters: {
      severity: "error",
      de: "{{field}}: {{value}} ist keine Telefonnummer. Bitte nur Ziffern, Leerzeichen und / - ( ) verwenden, z. B. „123 45 67“.",
      en: "{{field}}: {{value}} is not a phone number. Please use only digits, spaces and / - ( ), e.g. “123 45 67”.",
    },
    country: {
      severity: "error",
      de: "{{field}}: {{value}} ist keine deutsche Nummer. Bitte mit +49 oder 0 beginnen oder nur die Durchwahl eingeben.",
      en: "{{field}}: {{value}} is not a German number. Please start with +49 or 0, or enter the local number only.",
    },
    digits: {
      severity: "error",
      de: "{{field}}: {{value}} hat {{digits}} Ziffern; eine Telefonnummer hat {{min}} bis {{max}}. Bitte prüfen.",
      en: "{{field}}: {{value}} has {{digits}} digits; a phone number has {{min}} to {{max}}. Please check it.",
    },
  },
  check(model) {
    return fieldsWithFormat(model.profile, "phone").flatMap((entry) =>
      filledOccurrences(model, entry.key).flatMap((o): Report<PhoneProblem>[] => {
        const problem = phoneProblem(o.text);
        if (!problem) return [];
        const data: MessageData = { field: entry.field.title, value: quoted(o.text) };
        const counted: MessageData =
          problem === "digits"
            ? { digits: digitCount(o.text), min: PHONE_DIGIT_RANGE.min, max: PHONE_DIGIT_RANGE.max }
            : {};
        return [{ messageId: problem, sectionId: entry.section.id, target: o.index, data: { ...data, ...counted } }];
      }),
    );
  },
});
