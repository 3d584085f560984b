/** The repairs' plans, in the core: where a restored section goes, and which numbers and titles renumbering writes. */
import { describe, expect, test } from "@jest/globals";
import { modelOf } from "../../../src/core/check/model";
import { renumberingEdits, restoreAnchor } from "../../../src/core/check/repairs";
import type { DocumentSnapshot } from "../../../src/core/check/snapshot";
import { indexOfTag, pairFrames, passingSeed, profile, removeSubtree, tagOf, withText } from "./support";

const seed = passingSeed();
const frame = (snapshot: DocumentSnapshot, sectionId: string) => indexOfTag(snapshot, tagOf("s", sectionId));
const without = (snapshot: DocumentSnapshot, ...sectionIds: string[]) =>
  sectionIds.reduce((s, id) => removeSubtree(s, frame(s, id)), snapshot);
const locatorOf = (snapshot: DocumentSnapshot, sectionId: string) =>
  snapshot.controls[frame(snapshot, sectionId)].locator;

describe("restoreAnchor", () => {
  const ids = profile.sections.map((s) => s.id);

  test("after the nearest section before it that is there", () => {
    const doc = without(seed, ids[3], ids[2]);
    expect(restoreAnchor(modelOf(doc, profile), ids[3])).toEqual({
      position: "after",
      locator: locatorOf(doc, ids[1]),
    });
  });

  test("the first section goes before the nearest one after it", () => {
    const doc = without(seed, ids[0], ids[1]);
    expect(restoreAnchor(modelOf(doc, profile), ids[0])).toEqual({
      position: "before",
      locator: locatorOf(doc, ids[2]),
    });
  });

  test("with no section left, at the document's end", () => {
    const doc = without(seed, ...ids);
    expect(restoreAnchor(modelOf(doc, profile), ids[4])).toEqual({ position: "documentEnd" });
  });
});

describe("renumberingEdits", () => {
  const numberTag = tagOf("qn", "reasons");

  test("a numbering that is right needs no edit", () => {
    expect(renumberingEdits(modelOf(seed, profile), "reasons")).toEqual([]);
  });

  test("after a deleted pair, the later pairs get their number and the titles of pair, question and answer", () => {
    const doc = removeSubtree(seed, pairFrames(seed)[0]);
    const edits = renumberingEdits(modelOf(doc, profile), "reasons");
    const pair = pairFrames(doc)[0];
    const at = (tag: string) => doc.controls.findIndex((c, i) => i > pair && c.tag === tag);
    expect(edits.slice(0, 4)).toEqual([
      { locator: doc.controls[pair].locator, title: "Frage 1" },
      { locator: doc.controls[at(numberTag)].locator, text: "1." },
      { locator: doc.controls[at(tagOf("qt", "reasons"))].locator, title: "Frage 1" },
      { locator: doc.controls[at(tagOf("qa", "reasons"))].locator, title: "Antwort 1" },
    ]);
    expect(edits).toHaveLength(4 * pairFrames(doc).length);
  });

  test("a number written with spaces around it is right; only a wrong one is rewritten, its titles kept", () => {
    const numbers = seed.controls.flatMap((c, i) => (c.tag === numberTag ? [i] : []));
    const spaced = withText(seed, numbers[0], " 1. ");
    expect(renumberingEdits(modelOf(spaced, profile), "reasons")).toEqual([]);
    const wrong = withText(seed, numbers[1], "7.");
    expect(renumberingEdits(modelOf(wrong, profile), "reasons")).toEqual([
      { locator: wrong.controls[numbers[1]].locator, text: "2." },
    ]);
  });

  test("a section that is not a questions section, or not in the profile, has nothing to renumber", () => {
    expect(renumberingEdits(modelOf(seed, profile), "header")).toEqual([]);
    expect(renumberingEdits(modelOf(seed, profile), "gibtsnicht")).toEqual([]);
  });
});
