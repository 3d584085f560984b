/** The document numbers a model holds, read with the profile's number rules. */
import type { FieldFormat, NumberRule, Profile } from "../../profile/types";
import type { DocumentModel, Occurrence } from "../model";
import { parseNumber, type NumberParts } from "../values/numbers";
import { fieldsWithFormat, filledOccurrences, type FieldEntry } from "./lookup";

export type NumberFormat = Extract<FieldFormat, "inquiryNumber" | "answerNumber">;

export function numberRule(profile: Profile, format: NumberFormat): NumberRule {
  return format === "inquiryNumber" ? profile.numbers.inquiry : profile.numbers.answer;
}

export interface NumberOccurrence {
  entry: FieldEntry;
  occurrence: Occurrence;
  /** Null when the text is not in the profile's form. */
  parts: NumberParts | null;
}

/** Every filled field of the format, with its parts. */
export function numbersIn(model: DocumentModel, format: NumberFormat): NumberOccurrence[] {
  const rule = numberRule(model.profile, format);
  return fieldsWithFormat(model.profile, format).flatMap((entry) =>
    filledOccurrences(model, entry.key).map((occurrence) => ({
      entry,
      occurrence,
      parts: parseNumber(rule, occurrence.text),
    })),
  );
}

/** The inquiry's number: the first one written in its form. */
export function inquiryNumber(model: DocumentModel): (NumberOccurrence & { parts: NumberParts }) | undefined {
  return numbersIn(model, "inquiryNumber").find(
    (n): n is NumberOccurrence & { parts: NumberParts } => n.parts !== null,
  );
}
