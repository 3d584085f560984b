/**
 * The tag scheme of every content control the add-in writes (documented in docs/tags.md).
 *
 *   ratsantwort:<scheme>:<profile>@<profileVersion>:<role>:<key>
 *
 * Tags are stable identifiers: they never carry state that changes (question numbers live in the text),
 * because some Word builds cannot change a tag once written.
 */

export const TAG_NAMESPACE = "ratsantwort";
export const TAG_SCHEME_VERSION = 1;
/** Word keeps tags of up to 64 characters reliably; the profile validator bounds ids to stay below. */
export const MAX_TAG_LENGTH = 64;

export type TagRole =
  | "section" // locked frame around a whole section
  | "heading" // fixed heading, not editable
  | "field" // a value the user fills in
  | "question" // frame of one question/answer pair
  | "questionNumber"
  | "questionText"
  | "answer"
  | "rating"; // one rated item of an impact check

const ROLE_CODES: Record<TagRole, string> = {
  section: "s",
  heading: "h",
  field: "f",
  question: "q",
  questionNumber: "qn",
  questionText: "qt",
  answer: "qa",
  rating: "r",
};
const ROLES_BY_CODE = new Map(Object.entries(ROLE_CODES).map(([role, code]) => [code, role as TagRole]));

export interface ProfileRef {
  id: string;
  version: string;
}

/** The same profile: id and version alike. */
export function sameProfile(a: ProfileRef, b: ProfileRef): boolean {
  return a.id === b.id && a.version === b.version;
}

/** Adds a profile to a list of distinct profiles, unless it is there already. */
export function addDistinctProfile(profiles: ProfileRef[], profile: ProfileRef): void {
  if (!profiles.some((p) => sameProfile(p, profile))) profiles.push(profile);
}

export interface Tag {
  profile: ProfileRef;
  role: TagRole;
  /** Section id, or "section.item" for fields and ratings. */
  key: string;
}

export function formatTag(tag: Tag): string {
  const { profile, role, key } = tag;
  return `${TAG_NAMESPACE}:${TAG_SCHEME_VERSION}:${profile.id}@${profile.version}:${ROLE_CODES[role]}:${key}`;
}

export type ParsedTag =
  | { kind: "ours"; tag: Tag }
  /** Ours, but written by a newer scheme or with a role this version does not know. */
  | { kind: "unknown"; raw: string }
  /** Not ours (another add-in's or the user's own control). */
  | { kind: "foreign"; raw: string };

const TAG_PATTERN = /^ratsantwort:(\d+):([a-z0-9-]+)@([0-9A-Za-z.-]+):([a-z]+):([A-Za-z0-9.-]+)$/;

export function parseTag(raw: string): ParsedTag {
  if (!raw.startsWith(`${TAG_NAMESPACE}:`)) return { kind: "foreign", raw };
  const match = TAG_PATTERN.exec(raw);
  if (!match || Number(match[1]) !== TAG_SCHEME_VERSION) return { kind: "unknown", raw };
  const role = ROLES_BY_CODE.get(match[4]);
  if (!role) return { kind: "unknown", raw };
  return { kind: "ours", tag: { profile: { id: match[2], version: match[3] }, role, key: match[5] } };
}

/** Key of a field or rating within its section. */
export function itemKey(sectionId: string, itemId: string): string {
  return `${sectionId}.${itemId}`;
}
