/**
 * Taking an answer written without the add-in into its structure, in Word: the body's OOXML (one round trip), the
 * core's adoption, then one replacement of the body and its reading back in a second round trip, which verifies
 * that every word stayed and the controls are there. One insertion: one step for Word's undo.
 */
import type { Adoption } from "../core/document/gateway";
import type { Profile } from "../core/profile/types";
import { readWordBody } from "../core/ooxml/read";
import { adoptFlatOpc, keepsEveryWord, snapshotOfDocument, type AdoptResult } from "../core/recognise";
import { runInWord, WordFailure } from "./errors";
import { freshIdBase } from "./ids";

const outcome = (result: AdoptResult): Adoption =>
  result.ok ? { ok: true, sections: result.sections, unplaced: result.unplaced, notWrapped: result.notWrapped } : result;

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
    if (!result.ok) return result;
    body.insertOoxml(result.xml, "Replace");
    const after = body.getOoxml();
    await context.sync();
    const original = readWordBody(before.value);
    const adopted = readWordBody(after.value);
    const kept = original.ok && adopted.ok && keepsEveryWord(original.body, adopted.body, result.added);
    if (!kept || !adopted.ok || snapshotOfDocument(adopted.body, profile).recognised) {
      throw new WordFailure("notKept", "Word did not keep the adopted document as written");
    }
    return outcome(result);
  });
}
