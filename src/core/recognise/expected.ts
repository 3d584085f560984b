/**
 * What the writer puts into each section, read back as controls: the template a document that lost its
 * tags is matched against. Taken from the writer itself (buildSection), so it cannot drift from it.
 */
import { buildQuestions, buildSection } from "../ooxml/document";
import { documentPart } from "../ooxml/package";
import { readWordBody } from "../ooxml/read";
import { controlsOf, textOf, type ControlKind, type WmlNode } from "../ooxml/tree";
import type { Profile, SectionSpec } from "../profile/types";
import { parseTag, type TagRole } from "../tags";

export interface ExpectedControl {
  tag: string;
  role: TagRole;
  /** The tag's key ("header.author", "reason" for a heading): how recognised values are looked up. */
  key: string;
  title: string;
  kind: ControlKind;
  /** The fixed text of a heading; "" for controls the user fills. */
  text: string;
  /** What the control shows while empty ("" for headings and frames). */
  placeholder: string;
}

export interface ExpectedSection {
  section: SectionSpec;
  frame: ExpectedControl;
  /** Controls without controls inside (fields, headings, ratings), in document order; for questions sections the heading only. */
  leaves: ExpectedControl[];
  /** For questions sections: the leaves of one pair (number, question, answer) and the pair's frame. */
  pair: { frame: ExpectedControl; leaves: ExpectedControl[] } | null;
}

function controlsOfXml(body: string): { control: ExpectedControl; hasInner: boolean }[] {
  const read = readWordBody(documentPart(body, false));
  if (!read.ok) throw new Error(read.error); // our own writer's output: a failure here is a bug
  const found = controlsOf(read.body);
  return found.map(({ node, ancestors }, i) => {
    const parsed = parseTag(node.control.tag);
    const role: TagRole = parsed.kind === "ours" ? parsed.tag.role : "field";
    const key = parsed.kind === "ours" ? parsed.tag.key : "";
    const hasInner = (found[i + 1]?.ancestors.length ?? 0) > ancestors.length;
    const shown = textOf(node.children as WmlNode[]).trim();
    const text = role === "heading" ? shown : "";
    const placeholder = node.control.showingPlaceholder ? shown : "";
    return {
      control: {
        tag: node.control.tag,
        role,
        key,
        title: node.control.title,
        kind: node.control.kind,
        text,
        placeholder,
      },
      hasInner,
    };
  });
}

function leavesOf(controls: { control: ExpectedControl; hasInner: boolean }[]): ExpectedControl[] {
  return controls.filter((c) => !c.hasInner).map((c) => c.control);
}

/** Written and read back once per profile: a folder of documents is matched against the same template. */
const expectedByProfile = new WeakMap<Profile, ExpectedSection[]>();

export function expectedSections(profile: Profile): ExpectedSection[] {
  let expected = expectedByProfile.get(profile);
  if (!expected) {
    expected = buildExpected(profile);
    expectedByProfile.set(profile, expected);
  }
  return expected;
}

function buildExpected(profile: Profile): ExpectedSection[] {
  return profile.sections.map((section) => {
    const noPairs = section.kind === "questions" ? { content: { questions: { [section.id]: [] } } } : {};
    const controls = controlsOfXml(buildSection(profile, section.id, noPairs));
    const [frame, ...inner] = controls;
    if (section.kind !== "questions") return { section, frame: frame.control, leaves: leavesOf(inner), pair: null };
    const [pairFrame, ...pairInner] = controlsOfXml(
      buildQuestions(profile, section.id, 1, [{ question: "", answer: "" }]),
    );
    return {
      section,
      frame: frame.control,
      leaves: leavesOf(inner),
      pair: { frame: pairFrame.control, leaves: leavesOf(pairInner) },
    };
  });
}
