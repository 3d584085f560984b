/** The fields of a profile, wherever its sections keep them. */
import type { FieldSpec, Profile, SectionSpec } from "./types";
import { itemKey } from "../tags";

export interface FieldEntry {
  section: SectionSpec;
  field: FieldSpec;
  /** "section.field": the key of values in content, the model and the tags. */
  key: string;
}

/** A section's fields; a rating's explanation is one, its rated items are not. */
export function fieldsOf(section: SectionSpec): FieldSpec[] {
  switch (section.kind) {
    case "fieldTable":
      return section.rows.flatMap((row) => row.fields);
    case "columnTable":
    case "line":
      return section.fields;
    case "text":
      return [section.field];
    case "rating":
      return [section.explanation];
    case "questions":
      return [];
  }
}

const entriesOfProfile = new WeakMap<Profile, readonly FieldEntry[]>();

/** Every field of the profile, in the profile's order; worked out once per profile (the check asks per rule and file). */
export function fieldEntries(profile: Profile): readonly FieldEntry[] {
  let entries = entriesOfProfile.get(profile);
  if (!entries) {
    entries = Object.freeze(
      profile.sections.flatMap((section) =>
        fieldsOf(section).map((field) => ({ section, field, key: itemKey(section.id, field.id) })),
      ),
    );
    entriesOfProfile.set(profile, entries);
  }
  return entries;
}

/** The fields about the person writing the answer ("Meine Angaben"), which the pane remembers. */
export function personalFields(profile: Profile): FieldEntry[] {
  return fieldEntries(profile).filter((entry) => entry.field.personal === true);
}
