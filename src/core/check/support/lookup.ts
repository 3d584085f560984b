/** What the rules ask of the profile and the model: fields by format, sections by kind, the first frame. */
import type { FieldFormat, Profile, QuestionsSection, RatingSection } from "../../profile/types";
import { fieldEntries, type FieldEntry } from "../../profile/fields";
import type { DocumentModel, Occurrence } from "../model";

export { fieldEntries, type FieldEntry } from "../../profile/fields";

export function fieldsWithFormat(profile: Profile, format: FieldFormat): FieldEntry[] {
  return fieldEntries(profile).filter((entry) => entry.field.format === format);
}

export function questionSections(profile: Profile): QuestionsSection[] {
  return profile.sections.filter((s): s is QuestionsSection => s.kind === "questions");
}

export function ratingSections(profile: Profile): RatingSection[] {
  return profile.sections.filter((s): s is RatingSection => s.kind === "rating");
}

export function occurrencesOf(model: DocumentModel, key: string): Occurrence[] {
  return model.values.get(key) ?? [];
}

export function filledOccurrences(model: DocumentModel, key: string): Occurrence[] {
  return occurrencesOf(model, key).filter((o) => !o.blank);
}

/** Index of the section's first frame, or null when the document has none. */
export function firstFrame(model: DocumentModel, sectionId: string): number | null {
  return model.frames.find((f) => f.sectionId === sectionId)?.index ?? null;
}
