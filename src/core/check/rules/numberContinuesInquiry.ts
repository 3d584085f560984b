/**
 * The answer's Drucks.-Nr. continues the inquiry's: every part both numbers have (by the names of the
 * profile's pattern groups) is equal, so VO/0548/13 → VO/0548/13/1-A, but not VO/0549/13/1-A.
 */
import { defineRule } from "../findings";
import { listOf, phrase, quoted } from "../messages";
import { inquiryNumber, numbersIn } from "../support/documentNumbers";
import { differingParts } from "../values/numbers";

export default defineRule<"notContinued">({
  id: "numberContinuesInquiry",
  description: {
    de: "Die Nummer der Antwort setzt die Nummer der Anfrage fort.",
    en: "The answer's number continues the inquiry's number.",
  },
  messages: {
    notContinued: {
      severity: "error",
      de: "{{field}} {{number}} setzt die Nummer der Anfrage nicht fort ({{inquiryField}} {{inquiryNumber}}: {{differences}}). Bitte die Nummer prüfen.",
      en: "{{field}} {{number}} does not continue the inquiry's number ({{inquiryField}} {{inquiryNumber}}: {{differences}}). Please check the number.",
    },
  },
  phrases: { insteadOf: { de: "{{found}} statt {{expected}}", en: "{{found}} instead of {{expected}}" } },
  check(model) {
    const inquiry = inquiryNumber(model);
    if (!inquiry) return [];
    return numbersIn(model, "answerNumber").flatMap(({ entry, occurrence, parts }) => {
      const differences = parts ? differingParts(inquiry.parts, parts) : [];
      if (differences.length === 0) return [];
      const data = {
        field: entry.field.title,
        number: quoted(occurrence.text),
        inquiryField: inquiry.entry.field.title,
        inquiryNumber: quoted(inquiry.occurrence.text),
        differences: listOf(
          differences.map((d) => phrase("insteadOf", { found: quoted(d.found), expected: quoted(d.expected) })),
        ),
      };
      return [{ messageId: "notContinued" as const, sectionId: entry.section.id, target: occurrence.index, data }];
    });
  },
});
