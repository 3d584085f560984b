/**
 * Reading a document for the check, going to a finding, and the repairs. Reading costs two round trips
 * whatever the document's size: the controls, then their parents and the controls inside tables.
 */
import type { Profile } from "../core/profile/types";
import type { Capabilities } from "../core/ooxml/controls";
import type { DocumentSnapshot, SnapshotControl } from "../core/check/snapshot";
import type { Anchor, ControlEdit } from "../core/check/repairs";
import { buildSection } from "../core/ooxml/document";
import { flatOpcPackage } from "../core/ooxml/package";
import { formatTag } from "../core/tags";
import { runInWord } from "./errors";
import { freshIdBase } from "./ids";

interface RawControl {
  id: number;
  /** Index of the table the control was found through, when the document's collection missed it. */
  table: number | null;
  tag: string;
  title: string;
  text: string;
  parentId: number | null;
}

/** Word separates paragraphs with \r and line breaks with \v; the core expects \n. */
function normalizeText(text: string): string {
  return text.replace(/\r\n?|\v/g, "\n");
}

function raw(control: Word.ContentControl, parent: Word.ContentControl, table: number | null): RawControl {
  return { id: control.id, table, tag: control.tag, title: control.title, text: normalizeText(control.text), parentId: parent.isNullObject ? null : parent.id };
}

/**
 * A locator says how to find the control again: by id in the document's collection, or, where that
 * collection does not list it (office-js #2040), by id within its table.
 */
function locatorOf(control: RawControl): string {
  return control.table === null ? `c:${control.id}` : `t:${control.table}:${control.id}`;
}

type Located = { table: null; id: number } | { table: number; id: number };

function parseLocator(locator: string): Located {
  const [kind, first, second] = locator.split(":");
  return kind === "t" ? { table: Number(first), id: Number(second) } : { table: null, id: Number(first) };
}

/**
 * Controls inside tables that the document's collection left out (Word on the web, office-js #2040)
 * go right after the control around their table.
 */
function mergeTableControls(listed: RawControl[], fromTables: RawControl[]): RawControl[] {
  const known = new Set(listed.map((c) => c.id));
  const extras = new Map<number | null, RawControl[]>();
  for (const control of fromTables) {
    if (known.has(control.id)) continue;
    known.add(control.id);
    extras.set(control.parentId, [...(extras.get(control.parentId) ?? []), control]);
  }
  const merged = [...(extras.get(null) ?? [])];
  for (const control of listed) merged.push(control, ...(extras.get(control.id) ?? []));
  return merged;
}

function toSnapshot(controls: RawControl[]): DocumentSnapshot {
  const indexById = new Map(controls.map((c, i) => [c.id, i]));
  return {
    controls: controls.map((c): SnapshotControl => ({
      tag: c.tag,
      title: c.title,
      text: c.text,
      showingPlaceholder: false, // Word's API does not say; the core compares with the profile's placeholders
      parent: c.parentId === null ? null : indexById.get(c.parentId) ?? null,
      locator: locatorOf(c),
    })),
  };
}

export function readSnapshot(): Promise<DocumentSnapshot> {
  return runInWord(async (context) => {
    const controls = context.document.contentControls.load("items/id,tag,title,text");
    const tables = context.document.body.tables.load("items/rowCount");
    const custom = context.document.properties.customProperties.load("items/key,value");
    await context.sync();

    const parents = controls.items.map((c) => c.parentContentControlOrNullObject.load("id"));
    const inTables = tables.items.map((table) => ({
      controls: table.getRange("Whole").contentControls.load("items/id,tag,title,text"),
      // A control in a cell sits inside its table's nearest control (the section frame).
      parent: table.parentContentControlOrNullObject.load("id"),
    }));
    await context.sync();

    const listed = controls.items.map((c, i) => raw(c, parents[i], null));
    const fromTables = inTables.flatMap((t, table) => t.controls.items.map((c) => raw(c, t.parent, table)));
    const properties = Object.fromEntries(custom.items.map((p) => [p.key, String(p.value)]));
    return { ...toSnapshot(mergeTableControls(listed, fromTables)), properties };
  });
}

/** Selects a control, so the user sees the place a finding is about: one round trip, two for a control only its table lists. */
export function selectControl(locator: string): Promise<void> {
  const located = parseLocator(locator);
  return runInWord(async (context) => {
    if (located.table === null) {
      context.document.contentControls.getById(located.id).select("Select");
    } else {
      const tables = context.document.body.tables.load("items/rowCount");
      await context.sync();
      tables.items[located.table].getRange("Whole").contentControls.getById(located.id).select("Select");
    }
    await context.sync();
  });
}

/** Rewrites numbers and titles in one round trip; a control deleted meanwhile makes the whole batch fail. */
export function applyEdits(edits: ControlEdit[]): Promise<void> {
  return runInWord(async (context) => {
    // Edits touch question numbers and titles, which never sit in tables: the document's collection has them.
    for (const edit of edits) {
      const control = context.document.contentControls.getById(parseLocator(edit.locator).id);
      if (edit.text !== undefined) control.insertText(edit.text, "Replace");
      if (edit.title !== undefined) control.title = edit.title;
    }
    await context.sync();
  });
}

/** Puts a missing section back next to its neighbour in the profile's order. One round trip, verified. */
export function restoreSection(profile: Profile, sectionId: string, anchor: Anchor, capabilities: Capabilities): Promise<number> {
  const ooxml = flatOpcPackage(buildSection(profile, sectionId, { capabilities, firstId: freshIdBase() }));
  return runInWord(async (context) => {
    if (anchor.position === "documentEnd") context.document.body.insertOoxml(ooxml, "End");
    else {
      // Anchors are section frames, which never sit in tables.
      const neighbour = context.document.contentControls.getById(parseLocator(anchor.locator).id);
      neighbour.getRange("Whole").insertOoxml(ooxml, anchor.position === "after" ? "After" : "Before");
    }
    const frames = context.document.contentControls.getByTag(formatTag({ profile, role: "section", key: sectionId })).load("items/tag");
    await context.sync();
    return frames.items.length;
  });
}
