/**
 * A complete answer for a profile, every field filled as the check wants it: the preview's ?sample=filled and the
 * Selbsttest insert it. Values follow from each field's kind and format alone, so no council's words are in code.
 */
import type { AnswerContent } from "../ooxml/document";
import type { FieldSpec, Profile } from "../profile/types";
import { fieldEntries } from "../profile/fields";
import { anchoredPattern } from "../profile/patterns";
import { YEAR_PART } from "../check/values/numbers";
import { itemKey } from "../tags";
import { isTemplate, proposeAnswerNumber } from "./inquiry";

/** The year of the profile's example answer number, so that the sample's dates agree with its number. */
function exampleYear(profile: Profile): number {
  const year = anchoredPattern(profile.numbers.answer.pattern)?.exec(profile.numbers.answer.example)?.groups?.[
    YEAR_PART
  ];
  const value = Number(year);
  return !year || Number.isNaN(value) ? 2020 : value < 100 ? 2000 + value : value;
}

/** A value the check accepts for a field, from the field's kind and format alone: no council's words. */
function sampleValue(profile: Profile, field: FieldSpec): string {
  if (field.choices?.length) return field.choices[0];
  switch (field.format) {
    case "date":
      return `15.03.${exampleYear(profile)}`;
    case "phone":
      return "030 901820";
    case "email":
      return "vorname.nachname@stadt.example";
    case "inquiryNumber":
      return profile.numbers.inquiry.example;
    case "answerNumber":
      return proposeAnswerNumber(profile, profile.numbers.inquiry.example) ?? profile.numbers.answer.example;
  }
  return field.defaultText && !isTemplate(field.defaultText) ? field.defaultText : `Beispiel: ${field.title}`;
}

/** Everything filled in, as the check wants it: an answer ready for submission (?sample=filled). */
export function filledContent(profile: Profile): AnswerContent {
  const values: Record<string, string> = {};
  for (const { field, key } of fieldEntries(profile)) values[key] = sampleValue(profile, field);
  const questions: AnswerContent["questions"] = {};
  for (const section of profile.sections) {
    if (section.kind === "questions") {
      questions[section.id] = [
        { question: "Wie viele Anträge sind eingegangen?", answer: "Es sind 42 Anträge eingegangen." },
        { question: "Wie lange dauert die Bearbeitung?", answer: "Im Mittel drei Wochen." },
      ];
    }
    if (section.kind === "rating") {
      const calm =
        section.choices.find((choice) => !section.explanationRequiredFor.includes(choice)) ?? section.choices[0];
      for (const item of section.items) values[itemKey(section.id, item.id)] = calm;
    }
  }
  return { values, questions };
}
