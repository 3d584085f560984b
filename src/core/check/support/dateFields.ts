/**
 * Which date is the document's own. Derived from the profile, not named in code: the first date field
 * of the profile is the document date (the header comes first in every answer); date fields of other
 * sections are events the document announces (the meeting), which cannot lie before it.
 */
import { parseGermanDate, type CalendarDate } from "../../dates";
import type { Profile } from "../../profile/types";
import type { DocumentModel, Occurrence } from "../model";
import { fieldEntries, filledOccurrences, type FieldEntry } from "./lookup";

export function isDateField(entry: FieldEntry): boolean {
  return entry.field.format === "date";
}

export function documentDateField(profile: Profile): FieldEntry | undefined {
  return fieldEntries(profile).find(isDateField);
}

/** Date fields of the other sections: dates that must not come before the document's. */
export function laterDateFields(profile: Profile): FieldEntry[] {
  const first = documentDateField(profile);
  return first ? fieldEntries(profile).filter((e) => isDateField(e) && e.section.id !== first.section.id) : [];
}

export interface DatedOccurrence {
  entry: FieldEntry;
  occurrence: Occurrence;
  date: CalendarDate;
}

/** The document's date: the first filled occurrence of the document date field, when it is a real date. */
export function documentDate(model: DocumentModel): DatedOccurrence | null {
  const entry = documentDateField(model.profile);
  const occurrence = entry ? filledOccurrences(model, entry.key)[0] : undefined;
  const date = occurrence ? parseGermanDate(occurrence.text) : null;
  return entry && occurrence && date ? { entry, occurrence, date } : null;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
