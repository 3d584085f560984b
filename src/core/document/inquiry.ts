/**
 * What the answer takes from the inquiry it answers: the inquiry's number and faction, the answer's number
 * derived by the profile's rule, and the deadline counted from the day the inquiry came in.
 */
import type { FieldSpec, Profile } from "../profile/types";
import { fieldEntries, type FieldEntry } from "../profile/fields";
import { matchesWhole } from "../profile/patterns";
import { addDays, parseGermanDate, type CalendarDate } from "../dates";

/**
 * The day the inquiry came in is not printed on the answer, so it is kept as a custom document property:
 * invisible in print, kept by Word and by LibreOffice.
 */
export const INQUIRY_DATE_PROPERTY = "Ratsantwort.AnfrageVom";

function keyOfFormat(profile: Profile, format: FieldSpec["format"]): string | undefined {
  return fieldEntries(profile).find((f) => f.field.format === format)?.key;
}

/** The fields a user gives about the inquiry: those of the section that holds the inquiry's number. */
export function inquiryFields(profile: Profile): FieldEntry[] {
  const numberKey = keyOfFormat(profile, "inquiryNumber");
  const section = fieldEntries(profile).find((f) => f.key === numberKey)?.section;
  return fieldEntries(profile).filter((f) => f.section === section);
}

/** The answer's number by the profile's rule (VO/0548/13 → VO/0548/13/1-A), or null for a malformed inquiry number. */
export function proposeAnswerNumber(profile: Profile, inquiryNumber: string): string | null {
  const inquiry = inquiryNumber.trim();
  if (!matchesWhole(profile.numbers.inquiry.pattern, inquiry)) return null;
  const answer = profile.numbers.answerFromInquiry.replace("{inquiry}", inquiry);
  return matchesWhole(profile.numbers.answer.pattern, answer) ? answer : null;
}

export function answerDeadline(profile: Profile, inquiryDate: CalendarDate): CalendarDate {
  return addDays(inquiryDate, profile.deadline.days);
}

/** Fills "{section.field}" references in a default text; null while any of them is still unknown. */
function fillTemplate(template: string, values: Record<string, string>): string | null {
  let complete = true;
  const filled = template.replace(/\{([a-z0-9-]+\.[a-z0-9-]+)\}/g, (_, key: string) => {
    const value = values[key]?.trim();
    if (!value) complete = false;
    return value ?? "";
  });
  return complete ? filled : null;
}

/**
 * The values a new answer starts with, given what the user said about the inquiry: those values, the derived
 * answer number, and default texts whose references are now known.
 */
export function prefilledValues(profile: Profile, given: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = Object.fromEntries(Object.entries(given).filter(([, v]) => v.trim() !== ""));
  const inquiryKey = keyOfFormat(profile, "inquiryNumber");
  const answerKey = keyOfFormat(profile, "answerNumber");
  if (inquiryKey && answerKey && values[inquiryKey] && !values[answerKey]) {
    const proposed = proposeAnswerNumber(profile, values[inquiryKey]);
    if (proposed) values[answerKey] = proposed;
  }
  for (const { key, field } of fieldEntries(profile)) {
    if (values[key] || !field.defaultText?.includes("{")) continue;
    const text = fillTemplate(field.defaultText, values);
    if (text !== null) values[key] = text;
  }
  return values;
}

/** A default text that still waits for its references is no text yet: the placeholder shows instead. */
export function isTemplate(text: string): boolean {
  return /\{[a-z0-9-]+\.[a-z0-9-]+\}/.test(text);
}

export function parseInquiryDate(text: string | undefined): CalendarDate | null {
  return text ? parseGermanDate(text) : null;
}
