/** Test helpers: documents written by the real writer and read back by the real reader, and snapshot surgery. */
import { defaultProfile } from "../../../src/core/profile";
import { buildAnswer, type AnswerContent, type BuildOptions } from "../../../src/core/ooxml/document";
import { documentPart } from "../../../src/core/ooxml/package";
import { readWordBody } from "../../../src/core/ooxml/read";
import { snapshotOfBody } from "../../../src/core/check/fromTree";
import { modelOf } from "../../../src/core/check/model";
import { findingsOf } from "../../../src/core/check/run";
import type { DocumentSnapshot, SnapshotControl } from "../../../src/core/check/snapshot";
import type { CheckContext, Finding, Rule } from "../../../src/core/check/findings";
import type { Profile } from "../../../src/core/profile/types";
import { SEED_TODAY, seedContent } from "./seedContent";

export const profile: Profile = defaultProfile();
export const context: CheckContext = { today: SEED_TODAY };

/** buildAnswer → document part → readWordBody → snapshotOfBody: what a .docx reader hands the check. */
export function snapshotOf(
  content: AnswerContent,
  options: Omit<BuildOptions, "content"> = {},
  withProfile: Profile = profile,
): DocumentSnapshot {
  return snapshotOfXml(buildAnswer(withProfile, { ...options, content }));
}

/** A snapshot of body-level WordprocessingML, read as a .docx would be. */
export function snapshotOfXml(bodyXml: string): DocumentSnapshot {
  const result = readWordBody(documentPart(bodyXml, true));
  if (!result.ok) throw new Error(result.error);
  return snapshotOfBody(result.body);
}

/** The seed, with some values replaced ("" leaves a field showing its placeholder). */
export function seedWith(
  values: Record<string, string> = {},
  questions?: AnswerContent["questions"],
): DocumentSnapshot {
  const content = seedContent();
  return snapshotOf({ values: { ...content.values, ...values }, questions: questions ?? content.questions });
}

/** The seed with the Demografie-Check rated 0 everywhere: a document that passes. */
export function passingSeed(
  values: Record<string, string> = {},
  questions?: AnswerContent["questions"],
): DocumentSnapshot {
  return seedWith({ "demography.goal1": "0", "demography.goal2": "0", "demography.goal3": "0", ...values }, questions);
}

/** One rule's findings, through the engine (id stamped, messages rendered), with nothing caught: a rule's error fails the test. */
export function runRule(
  rule: Rule,
  snapshot: DocumentSnapshot,
  ctx: CheckContext = context,
  withProfile: Profile = profile,
): Finding[] {
  return findingsOf(rule, modelOf(snapshot, withProfile), ctx);
}

/**
 * What a rule said, without the sentences rendered from it: its message id and the data that fill the message in.
 * Tests of a rule hold these; the sentences themselves are registry.test.ts's (and a few tests about wording).
 */
export function said(finding: Finding): Pick<Finding, "messageId" | "data"> {
  return { messageId: finding.messageId, data: finding.data };
}

export function tagOf(role: string, key: string, p: { id: string; version: string } = profile): string {
  return `ratsantwort:1:${p.id}@${p.version}:${role}:${key}`;
}

export function indexOfTag(snapshot: DocumentSnapshot, tag: string, nth = 0): number {
  const found = snapshot.controls.flatMap((c, i) => (c.tag === tag ? [i] : []));
  if (found.length <= nth) throw new Error(`no control ${nth} with tag ${tag}`);
  return found[nth];
}

/** A copy of the profile with other number rules. */
export function profileWithNumbers(numbers: Partial<Profile["numbers"]>): Profile {
  return { ...profile, numbers: { ...profile.numbers, ...numbers } };
}

/** A copy with one control's text replaced (as if the user typed it). */
export function withText(snapshot: DocumentSnapshot, index: number, text: string): DocumentSnapshot {
  return { controls: snapshot.controls.map((c, i) => (i === index ? { ...c, text, showingPlaceholder: false } : c)) };
}

function isInside(controls: SnapshotControl[], index: number, root: number): boolean {
  for (let p: number | null = index, guard = 0; p !== null && guard <= controls.length; p = controls[p].parent, guard++)
    if (p === root) return true;
  return false;
}

/** Indexes of a control and everything inside it (contiguous in document order). */
export function subtree(snapshot: DocumentSnapshot, root: number): number[] {
  return snapshot.controls.flatMap((_, i) => (isInside(snapshot.controls, i, root) ? [i] : []));
}

/** Reorders controls (a permutation or a selection of old indexes), keeping parents pointing at the same controls. */
export function reorder(snapshot: DocumentSnapshot, oldIndexes: number[]): DocumentSnapshot {
  const newIndex = new Map(oldIndexes.map((old, i) => [old, i]));
  return {
    controls: oldIndexes.map((old) => {
      const c = snapshot.controls[old];
      return { ...c, parent: c.parent === null ? null : (newIndex.get(c.parent) ?? null) };
    }),
  };
}

/** The document after deleting a control with everything inside it. */
export function removeSubtree(snapshot: DocumentSnapshot, root: number): DocumentSnapshot {
  const gone = new Set(subtree(snapshot, root));
  return reorder(
    snapshot,
    snapshot.controls.map((_, i) => i).filter((i) => !gone.has(i)),
  );
}

/** The document after moving the subtree at `root` to just before the subtree at `before`. */
export function moveSubtreeBefore(snapshot: DocumentSnapshot, root: number, before: number): DocumentSnapshot {
  const moved = subtree(snapshot, root);
  const movedSet = new Set(moved);
  const rest = snapshot.controls.map((_, i) => i).filter((i) => !movedSet.has(i));
  const at = rest.indexOf(before);
  return reorder(snapshot, [...rest.slice(0, at), ...moved, ...rest.slice(at)]);
}

/** Indexes of the question pair frames of a questions section, in document order. */
export function pairFrames(snapshot: DocumentSnapshot, sectionId = "reasons"): number[] {
  const tag = tagOf("q", sectionId);
  return snapshot.controls.flatMap((c, i) => (c.tag === tag ? [i] : []));
}

export function summaryOf(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}/${f.severity}@${f.sectionId}: ${f.message.de}`);
}
