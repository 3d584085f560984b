/** What a document holds of ours, derived from the tags of its content controls alone (one cheap read). */
import type { Profile } from "../profile/types";
import { parseTag, type ProfileRef } from "../tags";

export interface Outline {
  /** Section frames of the active profile, by section id: how many of each. */
  sectionCounts: Record<string, number>;
  /** Question/answer pairs in the first frame of each questions section (where new pairs go). */
  questionCounts: Record<string, number>;
  /** Profiles other than the active one that wrote controls here (another council, another version). */
  otherProfiles: ProfileRef[];
  /** Tags in our namespace that this version cannot read. */
  unknownTags: string[];
}

const sameProfile = (a: ProfileRef, b: ProfileRef) => a.id === b.id && a.version === b.version;

export function outlineOf(tags: string[], profile: Profile): Outline {
  const active: ProfileRef = { id: profile.id, version: profile.version };
  const outline: Outline = { sectionCounts: {}, questionCounts: {}, otherProfiles: [], unknownTags: [] };
  // Tags arrive in document order, a frame's controls right after it: pairs count while the first frame is open.
  let openSection: string | null = null;
  for (const raw of tags) {
    const parsed = parseTag(raw);
    if (parsed.kind === "unknown") outline.unknownTags.push(raw);
    if (parsed.kind !== "ours") continue;
    const { tag } = parsed;
    if (!sameProfile(tag.profile, active)) {
      if (!outline.otherProfiles.some((p) => sameProfile(p, tag.profile))) outline.otherProfiles.push(tag.profile);
    } else if (tag.role === "section") {
      outline.sectionCounts[tag.key] = (outline.sectionCounts[tag.key] ?? 0) + 1;
      openSection = outline.sectionCounts[tag.key] === 1 ? tag.key : null;
    } else if (tag.role === "question" && tag.key === openSection) {
      outline.questionCounts[tag.key] = (outline.questionCounts[tag.key] ?? 0) + 1;
    }
  }
  return outline;
}

/** Sections of the profile that the document already has. */
export function presentSections(outline: Outline, profile: Profile): string[] {
  return profile.sections.filter((s) => (outline.sectionCounts[s.id] ?? 0) > 0).map((s) => s.id);
}

/** True when the document already holds an answer (of any profile), so a second one needs the user's consent. */
export function hasAnswer(outline: Outline): boolean {
  return Object.keys(outline.sectionCounts).length > 0 || outline.otherProfiles.length > 0;
}
