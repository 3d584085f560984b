/**
 * Reading a document for the check, going to a finding, and the repairs.
 *
 * The check reads the body's OOXML (one round trip) with the same reader the command line uses: Word's
 * collections leave out every kind but rich text (office-js #2160, #228, #6144; Microsoft's advice in
 * office-js-docs #290 is "parse the OOXML"), return Word's own placeholder as the `text` of an emptied control
 * (#1515) and count tracked deletions as text (#1267), while the OOXML says w:showingPlcHdr and w:del. Where
 * getOoxml fails (#5394, #6059), the collections are read instead and the snapshot says it is partial.
 */
import type { Profile } from "../core/profile/types";
import type { Capabilities } from "../core/ooxml/controls";
import type { DocumentSnapshot, SnapshotControl } from "../core/check/snapshot";
import type { Anchor, ControlEdit } from "../core/check/repairs";
import { withLocators } from "../core/check/fromTree";
import { accessibilityFacts } from "../core/check/accessibility/facts";
import { modelOf } from "../core/check/model";
import { TITLE_PROPERTY, titleUpdate } from "../core/document/title";
import { queueTitle } from "./paragraphs";
import { styleFactsOrNull, stylesPartOfPackage } from "../core/ooxml/documentStyles";
import { snapshotOfDocument } from "../core/recognise";
import { readWordBody } from "../core/ooxml/read";
import { buildSection } from "../core/ooxml/document";
import { flatOpcPackage } from "../core/ooxml/package";
import { formatTag } from "../core/tags";
import { listedControls, listsMoreThanRichText } from "./capabilities";
import { runInWord, WordFailure } from "./errors";
import { freshIdBase } from "./ids";
import { queueLookup } from "./locate";
import { endingOutsideControls, insertAtDocumentEnd, queuePlacementCheck } from "./document";

export { removeEmptyParagraphs, selectParagraph, setDocumentTitle } from "./paragraphs";

/** Word separates paragraphs with \r and line breaks with \v; the core expects \n. */
function withCoreLineBreaks(text: string): string {
  return text.replace(/\r\n?|\v/g, "\n");
}

function propertiesOf(custom: Word.CustomPropertyCollection): Record<string, string> {
  return Object.fromEntries(custom.items.map((p) => [p.key, String(p.value)]));
}

/**
 * One round trip: the body's OOXML and the custom properties, read as the command line reads a .docx (an answer
 * without our controls is recognised under the profile); two more through the collections if Word fails.
 */
export function readSnapshot(profile: Profile): Promise<DocumentSnapshot> {
  return runInWord(async (context) => {
    const ooxml = context.document.body.getOoxml();
    const custom = context.document.properties.customProperties.load("items/key,value");
    // The title through the API: the package's core properties are missing or dummies (office-js #292, #1337).
    const documentProperties = context.document.properties.load("title");
    try {
      await context.sync();
    } catch {
      return readThroughCollections(context);
    }
    const body = readWordBody(ooxml.value);
    if (!body.ok) return readThroughCollections(context);
    const styles = styleFactsOrNull(stylesPartOfPackage(ooxml.value));
    const accessibility = accessibilityFacts(body.body, styles, documentProperties.title ?? "");
    const snapshot = { ...snapshotOfDocument(body.body, profile), properties: propertiesOf(custom), accessibility };
    return keepTitleUpToDate(context, snapshot, profile);
  });
}

/**
 * The title follows the answer's number and subject (src/core/document/title.ts): one more round trip, only when it
 * changes. A document that cannot be written (read-only) keeps its title, and the check says so.
 */
async function keepTitleUpToDate(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot,
  profile: Profile,
): Promise<DocumentSnapshot> {
  const facts = snapshot.accessibility;
  const title = facts ? titleUpdate(modelOf(snapshot, profile), facts.title ?? "") : null;
  if (!facts || title === null) return snapshot;
  queueTitle(context, title);
  try {
    await context.sync();
  } catch {
    return snapshot;
  }
  return {
    ...snapshot,
    properties: { ...snapshot.properties, [TITLE_PROPERTY]: title },
    accessibility: { ...facts, title },
  };
}

/**
 * The fallback: the controls Word lists, their parents, and (Word on the web leaves them out, office-js #2040) the
 * controls inside tables, placed after the control around their table.
 */
async function readThroughCollections(context: Word.RequestContext): Promise<DocumentSnapshot> {
  const controls = listedControls(context.document).load("items/tag,title,text");
  const tables = context.document.body.tables.load("items/rowCount");
  const custom = context.document.properties.customProperties.load("items/key,value");
  await context.sync();
  const parents = controls.items.map((c) => c.parentContentControlOrNullObject.load("tag,title,text"));
  const inTables = tables.items.map((table) => ({
    controls: listedControls(table.getRange("Whole")).load("items/tag,title,text"),
    parent: table.parentContentControlOrNullObject.load("tag,title,text"),
  }));
  await context.sync();
  const listed = controls.items.map((control, i) => ({ control, parent: parents[i] }));
  const seen = new Set(listed.map((c) => key(c.control)));
  const extras = inTables.flatMap((t) =>
    t.controls.items.filter((c) => !seen.has(key(c))).map((control) => ({ control, parent: t.parent })),
  );
  return { controls: withLocators(ordered(listed, extras)), properties: propertiesOf(custom), partial: true };
}

interface Listed {
  control: Word.ContentControl;
  parent: Word.ContentControl;
}

/** Without ids to go by (they are not stable, office-js #2501), a control is known by what it says of itself. */
const key = (c: Word.ContentControl) => `${c.tag}\u0000${c.title}\u0000${c.text}`;

/** Controls found through their tables go right after the control around their table; parents become indexes. */
function ordered(listed: Listed[], fromTables: Listed[]): SnapshotControl[] {
  const byParent = new Map<string | null, Listed[]>();
  for (const found of fromTables) {
    const parent = found.parent.isNullObject ? null : key(found.parent);
    byParent.set(parent, [...(byParent.get(parent) ?? []), found]);
  }
  const sequence = [...(byParent.get(null) ?? [])];
  for (const found of listed) sequence.push(found, ...(byParent.get(key(found.control)) ?? []));
  const indexOf = new Map<string, number>();
  return sequence.map(({ control, parent }, i): SnapshotControl => {
    indexOf.set(key(control), i);
    const parentIndex = parent.isNullObject ? null : (indexOf.get(key(parent)) ?? null);
    return {
      tag: control.tag,
      title: control.title,
      text: withCoreLineBreaks(control.text),
      showingPlaceholder: false,
      parent: parentIndex,
      locator: "",
    };
  });
}

/** Selects a control, or the nearest control around it that this Word lists: two round trips. */
export function selectControl(locator: string): Promise<void> {
  return runInWord(async (context) => {
    const found = queueLookup(context, locator);
    await context.sync();
    const place = found();
    if (!place) throw new WordFailure("notFound", "the control is no longer where the check saw it");
    place.control.select("Select");
    await context.sync();
  });
}

/**
 * Rewrites numbers and titles: one round trip to find the controls, one to write. Nothing is written unless every
 * control is found itself (never an enclosing one, whose text is the user's).
 */
export function applyEdits(edits: ControlEdit[]): Promise<void> {
  return runInWord(async (context) => {
    const lookups = edits.map((edit) => queueLookup(context, edit.locator));
    await context.sync();
    const found = lookups.map((lookup) => lookup());
    if (found.some((f) => !f?.exact)) {
      // Word 2019 lists rich text only: a newer Word's plain-text numbers cannot be reached, only the pair around them.
      if (!listsMoreThanRichText())
        throw new WordFailure("notListed", "this Word does not list the controls to rewrite");
      throw new WordFailure("notFound", "the controls to rewrite are no longer where the check saw them");
    }
    edits.forEach((edit, i) => {
      const control = found[i]!.control;
      if (edit.text !== undefined) control.insertText(edit.text, "Replace");
      if (edit.title !== undefined) control.title = edit.title;
    });
    await context.sync();
  });
}

/**
 * Puts a missing section back next to its neighbour in the profile's order: two round trips (find the neighbour,
 * insert and verify). Resolves to the number of that section's frames afterwards; a frame Word put inside another
 * control (office-js #866) does not count.
 */
export function restoreSection(
  profile: Profile,
  sectionId: string,
  anchor: Anchor,
  capabilities: Capabilities,
): Promise<number> {
  const body = buildSection(profile, sectionId, { capabilities, firstId: freshIdBase() });
  const tag = formatTag({ profile, role: "section", key: sectionId });
  return runInWord(async (context) => {
    let within: Word.ContentControl | null = null;
    if (anchor.position === "documentEnd")
      within = await insertAtDocumentEnd(context, flatOpcPackage(endingOutsideControls(body)));
    else {
      const neighbour = queueLookup(context, anchor.locator);
      await context.sync();
      const found = neighbour();
      if (!found?.exact) throw new WordFailure("notFound", "the neighbouring section is no longer there");
      found.control
        .getRange("Whole")
        .insertOoxml(flatOpcPackage(body), anchor.position === "after" ? "After" : "Before");
      within = found.control;
    }
    const placed = queuePlacementCheck(context, tag, within);
    await context.sync();
    const { countAfter, misplaced } = placed();
    return misplaced ? 0 : countAfter;
  });
}
