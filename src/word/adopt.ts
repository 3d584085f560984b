/**
 * Taking an answer written without the add-in into its structure, in Word: the body's OOXML (one round trip), the
 * core's adoption, then one replacement of the body and its reading back in a second round trip, which verifies
 * that every word stayed and the controls are there. Word on the web may offer no undo after insertOoxml
 * (office-js #6423), so the add-in keeps the body as it was and can put it back itself while nothing else changed.
 */
import type { Adoption } from "../core/document/gateway";
import type { Profile } from "../core/profile/types";
import { FlatOpcPackage } from "../core/ooxml/flatOpc";
import { readWordBody } from "../core/ooxml/read";
import { textOf, type WmlNode } from "../core/ooxml/tree";
import { adoptFlatOpc, keepsEveryWord, snapshotOfDocument, type AdoptResult } from "../core/recognise";
import { parseTag } from "../core/tags";
import { runInWord, WordFailure } from "./errors";
import { freshIdBase } from "./ids";

const outcome = (result: AdoptResult): Adoption =>
  result.ok
    ? { ok: true, sections: result.sections, unplaced: result.unplaced, notWrapped: result.notWrapped }
    : result;

/** The body before the last adoption with its text, and its text right after: what undoing needs and may overwrite. */
let lastAdoption: { before: string; textBefore: string; textAfter: string } | null = null;

const bodyOf = (ooxml: string): WmlNode[] | null => {
  const read = readWordBody(ooxml);
  return read.ok ? read.body : null;
};

export function previewAdoption(profile: Profile): Promise<Adoption> {
  return runInWord(async (context) => {
    const ooxml = context.document.body.getOoxml();
    await context.sync();
    return outcome(adoptFlatOpc(ooxml.value, profile, freshIdBase()));
  });
}

export function adoptDocument(profile: Profile): Promise<Adoption> {
  return runInWord(async (context) => {
    const body = context.document.body;
    const before = body.getOoxml();
    await context.sync();
    const result = adoptFlatOpc(before.value, profile, freshIdBase());
    const original = FlatOpcPackage.open(before.value);
    if (!result.ok || !original) return outcome(result);
    body.insertOoxml(result.xml, "Replace");
    const after = body.getOoxml();
    await context.sync();
    const [was, is] = [bodyOf(before.value), bodyOf(after.value)];
    if (!was || !is || !keepsEveryWord(was, is, result.added) || snapshotOfDocument(is, profile).recognised) {
      throw new WordFailure("notKept", "Word did not keep the adopted document as written");
    }
    lastAdoption = { before: original.forBodyReplace(), textBefore: textOf(was), textAfter: textOf(is) };
    return outcome(result);
  });
}

/**
 * Puts the body back as it was before the last adoption, unless its text changed since (that would be lost), in
 * three round trips: read, list the controls in tables, unlock and replace. Resolves to false when there is nothing
 * to undo or the document changed.
 */
export function undoAdoption(): Promise<boolean> {
  const undo = lastAdoption;
  if (!undo) return Promise.resolve(false);
  return runInWord(async (context) => {
    const body = context.document.body;
    const now = body.getOoxml();
    const controls = context.document.contentControls.load("items/tag");
    const tables = body.tables.load("items");
    await context.sync();
    const current = bodyOf(now.value);
    if (!current || textOf(current) !== undo.textAfter) return false;
    // A table's range also lists the frames around its rows, which the document's collection misses on the web (#2040).
    const inTables = tables.items.map((table) => table.getRange("Whole").contentControls.load("items/tag"));
    await context.sync();
    // The adoption locked its frames against deletion and its headings against editing, as the writer does.
    for (const control of [...controls.items, ...inTables.flatMap((c) => c.items)].filter(
      (c) => parseTag(c.tag).kind === "ours",
    )) {
      control.cannotDelete = false;
      control.cannotEdit = false;
    }
    body.insertOoxml(undo.before, "Replace");
    const after = body.getOoxml();
    await context.sync();
    const restored = bodyOf(after.value);
    if (!restored || textOf(restored) !== undo.textBefore)
      throw new WordFailure("notKept", "Word did not put the body back as it was");
    lastAdoption = null;
    return true;
  });
}
