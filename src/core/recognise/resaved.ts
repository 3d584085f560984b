/**
 * Checking a document that lost its tags. LibreOffice (measured: 7.4) keeps our controls' titles (not on
 * date and drop-down controls), their kinds and their text, but drops every tag and lock and flattens the
 * section and question frames. Such a document is matched against the writer's own template by title,
 * kind and order, section by section, and rebuilt as the snapshot the add-in would have read; the
 * findings then say that this was done. Nothing is matched on guesswork across sections.
 */
import type { DocumentSnapshot, SnapshotControl } from "../check/snapshot";
import type { ControlKind, WmlNode } from "../ooxml/tree";
import type { LineSection, Profile } from "../profile/types";
import { withoutTrailing } from "../trailing";
import { expectedSections, type ExpectedControl, type ExpectedSection } from "./expected";
import { flattenControls, type FlatControl } from "./flatten";

/** What the body's controls are called. */
type ControlNames = Pick<SnapshotControl, "tag" | "title">;

/** Fewer different titles of the profile than this, and the document is not taken for an answer that lost its tags. */
const MIN_TITLES = 5;

/** Kinds that lose their titles in LibreOffice; they are matched by kind and position alone. */
const UNTITLED_KINDS: ControlKind[] = ["date", "dropDown", "comboBox", "checkbox"];

/** "Frage 3" and "Frage 1" are the same control of different pairs: a number after a space does not count. */
function titleKey(title: string): string {
  const trimmed = title.trim();
  const unnumbered = withoutTrailing(trimmed, /\d/);
  return unnumbered.length < trimmed.length && /\s$/.test(unnumbered) ? withoutTrailing(unnumbered, /\s/) : trimmed;
}

function kindFits(actual: ControlKind, expected: ControlKind): boolean {
  if (actual === expected) return true;
  if (expected === "comboBox" && actual === "dropDown") return true; // LibreOffice turns combo boxes into drop-downs
  // The add-in's fallbacks where Word cannot list the kind: plain text, and rich text where Word lists no plain text either.
  if (expected === "plainText" && actual === "richText") return true;
  return (actual === "richText" || actual === "plainText") && UNTITLED_KINDS.includes(expected);
}

function fits(actual: FlatControl, expected: ExpectedControl): boolean {
  const title = actual.info.title.trim();
  if (!kindFits(actual.info.kind, expected.kind)) return false;
  if (title === "") return UNTITLED_KINDS.includes(expected.kind);
  if (titleKey(title) !== titleKey(expected.title)) return false;
  return expected.role !== "heading" || actual.text.trim() === expected.text;
}

class Matcher {
  cursor: number;
  readonly taken = new Map<ExpectedControl, number>();

  constructor(
    private readonly actual: FlatControl[],
    start: number,
    private readonly end: number,
  ) {
    this.cursor = start;
  }

  /** The next control that fits `wanted`, unless a control that fits a later one comes first (order is kept). */
  find(wanted: ExpectedControl, later: ExpectedControl[]): number | null {
    for (let i = this.cursor; i < this.end; i++) {
      if (fits(this.actual[i], wanted)) {
        this.cursor = i + 1;
        return i;
      }
      if (this.actual[i].info.title.trim() !== "" && later.some((e) => fits(this.actual[i], e))) return null;
    }
    return null;
  }

  /** Matches `leaves` in order; returns the matches. */
  sequence(
    leaves: ExpectedControl[],
    repeatsAfter: ExpectedControl[] = [],
  ): { expected: ExpectedControl; index: number }[] {
    const matched: { expected: ExpectedControl; index: number }[] = [];
    leaves.forEach((leaf, i) => {
      const index = this.find(leaf, [...leaves.slice(i + 1), ...repeatsAfter]);
      if (index !== null) matched.push({ expected: leaf, index });
    });
    return matched;
  }
}

/** Where each section starts: the first control, in order, titled like the section or one of its leaves. */
function anchors(actual: FlatControl[], sections: ExpectedSection[]): (number | null)[] {
  let cursor = 0;
  return sections.map(({ section, leaves, pair }) => {
    const titles = new Set(
      [section.title, ...leaves.map((l) => l.title), ...(pair?.leaves.map((l) => l.title) ?? [])].map(titleKey),
    );
    for (let i = cursor; i < actual.length; i++) {
      if (actual[i].info.title.trim() !== "" && titles.has(titleKey(actual[i].info.title))) {
        cursor = i + 1;
        return i;
      }
    }
    return null;
  });
}

/** A control's text; a rich-text field also gets the paragraphs LibreOffice moved out of it. */
function textFor(actual: FlatControl, expected: ExpectedControl, section: ExpectedSection["section"]): string {
  const lines = [actual.text];
  if (expected.kind === "richText" && expected.role !== "heading") lines.push(...actual.following);
  let text = withoutTrailing(lines.join("\n"), /\n/);
  // The text before a line section's first field (its lead) ends up inside that field.
  const lead = section.kind === "line" ? (section as LineSection).lead : "";
  if (lead && text.startsWith(lead)) text = text.slice(lead.length).trimStart();
  return text;
}

/** Controls of a snapshot built from what was recognised, frames before what they hold. */
export class SnapshotBuilder {
  readonly controls: SnapshotControl[] = [];

  add(
    tag: string,
    title: string,
    text: string,
    showingPlaceholder: boolean,
    parent: number | null,
    locator: number,
  ): number {
    this.controls.push({ tag, title, text, showingPlaceholder, parent, locator: String(locator) });
    return this.controls.length - 1;
  }

  /** Frames hold the text of what they frame, as Word reports it. */
  fillFrameText(frame: number): void {
    this.controls[frame].text = this.controls
      .filter((c) => c.parent === frame)
      .map((c) => c.text)
      .join("\n");
  }
}

/** Adds the section's frame and what was matched in it; returns the count of matched fields and of pairs. */
function addSection(
  b: SnapshotBuilder,
  actual: FlatControl[],
  expected: ExpectedSection,
  start: number,
  end: number,
): { matched: number; pairs: number } {
  const m = new Matcher(actual, start, end);
  const frame = b.add(expected.frame.tag, expected.section.title, "", false, null, start);
  const add = (e: ExpectedControl, index: number, parent: number) =>
    b.add(
      e.tag,
      actual[index].info.title || e.title,
      textFor(actual[index], e, expected.section),
      actual[index].info.showingPlaceholder,
      parent,
      index,
    );
  let count = 0;
  let pairCount = 0;
  for (const { expected: e, index } of m.sequence(expected.leaves, expected.pair?.leaves ?? [])) {
    add(e, index, frame);
    count++;
  }
  while (expected.pair && m.cursor < end) {
    const pairs = m.sequence(expected.pair.leaves, expected.pair.leaves);
    if (pairs.length === 0) break;
    const question = pairs.find((p) => p.expected.role === "questionText");
    const title = (question && actual[question.index].info.title) || expected.pair.frame.title;
    const pairFrame = b.add(expected.pair.frame.tag, title, "", false, frame, pairs[0].index);
    pairs.forEach(({ expected: e, index }) => add(e, index, pairFrame));
    b.fillFrameText(pairFrame);
    count += pairs.length;
    pairCount++;
  }
  b.fillFrameText(frame);
  return { matched: count, pairs: pairCount };
}

/** The titles of a profile's sections and their leaves, by titleKey; once per profile, not once per document. */
const titleKeys = new WeakMap<ExpectedSection[], Set<string>>();
function titlesOf(sections: ExpectedSection[]): Set<string> {
  let titles = titleKeys.get(sections);
  if (!titles) {
    titles = new Set(
      sections
        .flatMap((s) => [
          s.section.title,
          ...s.leaves.map((l) => l.title),
          ...(s.pair?.leaves.map((l) => l.title) ?? []),
        ])
        .map(titleKey),
    );
    titleKeys.set(sections, titles);
  }
  return titles;
}

/** Enough of the profile's titles: an answer another program saved without its tags. */
function looksLikeUntaggedAnswer(controls: readonly ControlNames[], sections: ExpectedSection[]): boolean {
  const titles = titlesOf(sections);
  const found = new Set(controls.map((c) => titleKey(c.title)).filter((title) => title !== "" && titles.has(title)));
  return found.size >= MIN_TITLES;
}

/**
 * A document that lost its tags, rebuilt by title and order as the snapshot the add-in would have read; null when it
 * does not look like one. `controls` are the body's controls as read, none with a tag of ours (readAnswer reads
 * those as they are and asks no further).
 */
export function resavedSnapshot(
  body: WmlNode[],
  controls: readonly ControlNames[],
  profile: Profile,
): DocumentSnapshot | null {
  const sections = expectedSections(profile);
  // Judged by the controls as read (`controls`, in document order): the body is flattened only for an answer.
  if (!looksLikeUntaggedAnswer(controls, sections)) return null;
  const actual = flattenControls(body);
  const starts = anchors(actual, sections);
  const b = new SnapshotBuilder();
  // Expected: every leaf of the template, and the leaves of as many pairs as were found.
  const counts = { matched: 0, expected: 0 };
  sections.forEach((expected, i) => {
    counts.expected += expected.leaves.length;
    const start = starts[i];
    if (start === null) return;
    const end = starts.slice(i + 1).find((s): s is number => s !== null) ?? actual.length;
    const { matched, pairs } = addSection(b, actual, expected, start, end);
    counts.matched += matched;
    counts.expected += pairs * (expected.pair?.leaves.length ?? 0);
  });
  return { controls: b.controls, recognised: { how: "resaved", ...counts } };
}
