/** What the rules ask of the profile and the model: fields by format, sections by kind, the first frame. */
import type { FieldFormat, FieldSpec, Profile, QuestionsSection, RatingSection, SectionSpec } from "../../profile/types";
import { itemKey } from "../../tags";
import type { DocumentModel, Occurrence } from "../model";

export interface FieldEntry {
  section: SectionSpec;
  field: FieldSpec;
  /** "section.item", the key of the model's values. */
  key: string;
}

function fieldsOf(section: SectionSpec): FieldSpec[] {
  switch (section.kind) {
    case "fieldTable": return section.rows.flatMap((row) => row.fields);
    case "columnTable": case "line": return section.fields;
    case "text": return [section.field];
    case "rating": return [section.explanation];
    case "questions": return [];
  }
}

/** Every field of the profile (explanations of ratings included), in the profile's order. */
export function fieldEntries(profile: Profile): FieldEntry[] {
  return profile.sections.flatMap((section) => fieldsOf(section).map((field) => ({ section, field, key: itemKey(section.id, field.id) })));
}

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
