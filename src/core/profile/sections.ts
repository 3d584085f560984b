/** Looking up a profile's sections by id. */
import type { Profile } from "./types";

/** The section's title as the profile gives it; its id when the profile has no such section. */
export function sectionTitle(profile: Profile, sectionId: string): string {
  return profile.sections.find((s) => s.id === sectionId)?.title ?? sectionId;
}
