/**
 * What a snapshot means under a profile: which sections, fields, questions and ratings it holds, where.
 * Built once per check; every rule reads it. Never throws, whatever the snapshot.
 */
import type { Profile } from "../profile/types";
import { fieldEntries } from "../profile/fields";
import { addDistinctProfile, parseTag, sameProfile, type ProfileRef, type Tag } from "../tags";
import type { DocumentSnapshot, SnapshotControl } from "./snapshot";
import { isWordDefaultPlaceholder } from "./wordPlaceholders";

export interface Occurrence {
  /** Index into snapshot.controls. */
  index: number;
  text: string;
  /** Empty, or still the placeholder. */
  blank: boolean;
}

export interface QuestionPair {
  index: number;
  number: Occurrence | null;
  question: Occurrence | null;
  answer: Occurrence | null;
}

export interface DocumentModel {
  profile: Profile;
  snapshot: DocumentSnapshot;
  /** Section frames of the profile in document order. */
  frames: { sectionId: string; index: number }[];
  /** Field and rating occurrences by "section.item" key. */
  values: Map<string, Occurrence[]>;
  /** Question pairs by questions-section id, in document order. */
  questions: Map<string, QuestionPair[]>;
  /** Controls in our namespace that this version cannot place: unknown role, section or field. */
  unknown: number[];
  /** Profiles other than the checking one that wrote controls here. */
  otherProfiles: ProfileRef[];
}

const placeholdersByProfile = new WeakMap<Profile, Map<string, string>>();

/** The placeholder texts a control of the profile may show while unfilled, by "role:key"; once per profile. */
function placeholders(profile: Profile): Map<string, string> {
  let map = placeholdersByProfile.get(profile);
  if (!map) placeholdersByProfile.set(profile, (map = placeholdersOf(profile)));
  return map;
}

function placeholdersOf(profile: Profile): Map<string, string> {
  const map = new Map(
    fieldEntries(profile).map((entry): [string, string] => [`f:${entry.key}`, entry.field.placeholder]),
  );
  for (const section of profile.sections) {
    if (section.kind === "questions") {
      map.set(`qt:${section.id}`, section.question.placeholder);
      map.set(`qa:${section.id}`, section.answer.placeholder);
    } else if (section.kind === "rating") {
      section.items.forEach((item) => map.set(`r:${section.id}.${item.id}`, section.unratedPlaceholder));
    }
  }
  return map;
}

const ROLE_CODE: Partial<Record<Tag["role"], string>> = { field: "f", questionText: "qt", answer: "qa", rating: "r" };

function occurrence(control: SnapshotControl, index: number, placeholder: string | undefined): Occurrence {
  const text = control.text.trim();
  const blank =
    control.showingPlaceholder ||
    text === "" ||
    (placeholder !== undefined && text === placeholder.trim()) ||
    isWordDefaultPlaceholder(text);
  return { index, text: blank ? "" : text, blank };
}

function nearestPair(
  snapshot: DocumentSnapshot,
  index: number,
  pairs: Map<number, QuestionPair>,
): QuestionPair | undefined {
  for (
    let p = snapshot.controls[index].parent, guard = 0;
    p !== null && guard < snapshot.controls.length;
    p = snapshot.controls[p]?.parent ?? null, guard++
  ) {
    const pair = pairs.get(p);
    if (pair) return pair;
  }
  return undefined;
}

export function modelOf(snapshot: DocumentSnapshot, profile: Profile): DocumentModel {
  const model: DocumentModel = {
    profile,
    snapshot,
    frames: [],
    values: new Map(),
    questions: new Map(),
    unknown: [],
    otherProfiles: [],
  };
  const texts = placeholders(profile);
  const sectionIds = new Set(profile.sections.map((s) => s.id));
  const questionSections = new Set(profile.sections.filter((s) => s.kind === "questions").map((s) => s.id));
  const pairsByIndex = new Map<number, QuestionPair>();

  snapshot.controls.forEach((control, index) => {
    const parsed = parseTag(control.tag);
    if (parsed.kind === "unknown") model.unknown.push(index);
    if (parsed.kind !== "ours") return;
    const { tag } = parsed;
    if (!sameProfile(tag.profile, profile)) {
      addDistinctProfile(model.otherProfiles, tag.profile);
      return;
    }
    const sectionId = tag.key.split(".")[0];
    const pairRole =
      tag.role === "question" || tag.role === "questionNumber" || tag.role === "questionText" || tag.role === "answer";
    if (
      !sectionIds.has(sectionId) ||
      // A field's key as a rating, or the other way round, is no control of ours either.
      ((tag.role === "field" || tag.role === "rating") && !texts.has(`${ROLE_CODE[tag.role]}:${tag.key}`)) ||
      (pairRole && !questionSections.has(tag.key))
    ) {
      model.unknown.push(index);
      return;
    }
    const placeholder = texts.get(`${ROLE_CODE[tag.role] ?? ""}:${tag.key}`);
    switch (tag.role) {
      case "section":
        model.frames.push({ sectionId, index });
        break;
      case "field":
      case "rating": {
        const list = model.values.get(tag.key) ?? [];
        list.push(occurrence(control, index, placeholder));
        model.values.set(tag.key, list);
        break;
      }
      case "question": {
        const pair: QuestionPair = { index, number: null, question: null, answer: null };
        pairsByIndex.set(index, pair);
        const list = model.questions.get(sectionId) ?? [];
        list.push(pair);
        model.questions.set(sectionId, list);
        break;
      }
      case "questionNumber":
      case "questionText":
      case "answer": {
        const pair = nearestPair(snapshot, index, pairsByIndex);
        if (!pair) {
          model.unknown.push(index); // a part of a pair outside any pair frame
          break;
        }
        const part = tag.role === "questionNumber" ? "number" : tag.role === "questionText" ? "question" : "answer";
        if (pair[part] === null) pair[part] = occurrence(control, index, placeholder);
        break;
      }
      // A heading holds nothing the rules read.
    }
  });
  return model;
}
