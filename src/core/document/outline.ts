/** What a document holds of ours, derived from the tags of its content controls alone (one cheap read). */
import type { Profile } from "../profile/types";
import { addDistinctProfile, parseTag, sameProfile, type ParsedTag, type ProfileRef } from "../tags";

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

/** A tag in document order, parsed, with the section whose first frame is open around it (new pairs go there). */
interface Walked {
  index: number;
  parsed: ParsedTag;
  /** The tag is of the active profile. */
  active: boolean;
  firstFrame: string | null;
}

/** Tags arrive in document order, a frame's controls right after it: a section's first frame is open until the next frame. */
function* walk(tags: string[], profile: Profile): Generator<Walked> {
  const active: ProfileRef = { id: profile.id, version: profile.version };
  const frames = new Set<string>();
  let firstFrame: string | null = null;
  for (const [index, raw] of tags.entries()) {
    const parsed = parseTag(raw);
    const isActive = parsed.kind === "ours" && sameProfile(parsed.tag.profile, active);
    if (isActive && parsed.tag.role === "section") {
      firstFrame = frames.has(parsed.tag.key) ? null : parsed.tag.key;
      frames.add(parsed.tag.key);
    }
    yield { index, parsed, active: isActive, firstFrame };
  }
}

export function outlineOf(tags: string[], profile: Profile): Outline {
  const outline: Outline = { sectionCounts: {}, questionCounts: {}, otherProfiles: [], unknownTags: [] };
  for (const { parsed, active, firstFrame } of walk(tags, profile)) {
    if (parsed.kind === "unknown") outline.unknownTags.push(parsed.raw);
    if (parsed.kind !== "ours") continue;
    const { tag } = parsed;
    if (!active) {
      addDistinctProfile(outline.otherProfiles, tag.profile);
    } else if (tag.role === "section") {
      outline.sectionCounts[tag.key] = (outline.sectionCounts[tag.key] ?? 0) + 1;
    } else if (tag.role === "question" && tag.key === firstFrame) {
      outline.questionCounts[tag.key] = (outline.questionCounts[tag.key] ?? 0) + 1;
    }
  }
  return outline;
}

/**
 * Per questions section, the index (in `tags`) of the control new pairs go after: the last pair of its first frame,
 * or its heading while it has no pair. Never the frame's end, which is inside its last pair (office-js #866).
 */
export function pairAnchors(tags: string[], profile: Profile): Record<string, number> {
  const questionSections = new Set(profile.sections.filter((s) => s.kind === "questions").map((s) => s.id));
  const anchors: Record<string, number> = {};
  for (const { index, parsed, active, firstFrame } of walk(tags, profile)) {
    if (!active || parsed.kind !== "ours") continue;
    const { role, key } = parsed.tag;
    if ((role === "question" || role === "heading") && key === firstFrame && questionSections.has(key))
      anchors[key] = index;
  }
  return anchors;
}

/** Sections of the profile that the document already has. */
export function presentSections(outline: Outline, profile: Profile): string[] {
  return profile.sections.filter((s) => (outline.sectionCounts[s.id] ?? 0) > 0).map((s) => s.id);
}

/** True when the document already holds an answer (of any profile), so a second one needs the user's consent. */
export function hasAnswer(outline: Outline): boolean {
  return Object.keys(outline.sectionCounts).length > 0 || outline.otherProfiles.length > 0;
}
