/**
 * Documents that lost their tags. The fixture is the seed written by `ratsantwort new --data
 * docs/beispiel-antwort.json` and saved again by LibreOffice 7.4.7 (`soffice --convert-to docx`), kept here
 * so these tests run without LibreOffice; test/cli/libreoffice.test.ts repeats the round trip live.
 */
import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import path from "path";
import { checkDocument } from "../../../src/core/check";
import { snapshotOfBody } from "../../../src/core/check/fromTree";
import { readDocx, writeDocx } from "../../../src/core/docx";
import { snapshotOfDocument } from "../../../src/core/recognise";
import { buildAnswer } from "../../../src/core/ooxml/document";
import { controlsOf, type WmlNode } from "../../../src/core/ooxml/tree";
import { defaultProfile } from "../../../src/core/profile";
import { seedContent, SEED_TODAY } from "../check/seedContent";
import { censusOf } from "../docx/survival";
import { minimalDocx } from "../docx/zipBuilder";

const profile = defaultProfile();
const context = { today: SEED_TODAY };
const FIXTURE = path.join(__dirname, "../docx/fixtures/seed-libreoffice-7.4.docx");

function bodyOf(bytes: Uint8Array): WmlNode[] {
  const result = readDocx(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.body;
}

const original = bodyOf(writeDocx(buildAnswer(profile, { content: seedContent() })));
const resaved = bodyOf(readFileSync(FIXTURE));

/** Leaves (fields, headings, question parts, ratings) by tag and text, in order, with their frame's tag. */
function leaves(controls: { tag: string; text: string; parent: number | null }[]) {
  const parents = new Set(controls.map((c) => c.parent));
  return controls.flatMap((c, i) =>
    parents.has(i) ? [] : [{ tag: c.tag, text: c.text, frame: c.parent === null ? null : controls[c.parent].tag }],
  );
}

describe("what LibreOffice 7.4 keeps of the seed's 69 controls (measured on the fixture)", () => {
  const before = censusOf(original);
  const after = censusOf(resaved);

  test("every tag and every lock is gone", () => {
    expect([before.withTag, after.withTag]).toEqual([69, 0]);
    expect([before.locked, after.locked]).toEqual([15, 0]);
  });

  test("frames are flattened: no control stays inside another, none around whole paragraphs", () => {
    expect([before.nested, after.nested]).toEqual([60, 0]);
    expect([before.blockLevel, after.blockLevel]).toEqual([31, 0]);
    expect([before.controls, after.controls]).toEqual([69, 54]);
  });

  test("titles stay on text controls, not on dates and drop-downs; combo boxes become drop-downs", () => {
    expect(after.titledByKind).toEqual({ plainText: 26, richText: 20 });
    expect(before.byKind).toEqual({ richText: 35, plainText: 26, date: 2, dropDown: 5, comboBox: 1 });
    expect(after.byKind).toEqual({ richText: 20, plainText: 26, date: 2, dropDown: 6 });
  });

  test("the placeholder state stays on drop-downs and dates only", () => {
    expect(before.showingPlaceholderByKind).toEqual({ dropDown: 3, richText: 1 });
    expect(after.showingPlaceholderByKind).toEqual({ dropDown: 3 });
  });
});

describe("checking the re-saved document", () => {
  const recovered = snapshotOfDocument(resaved, profile);
  const expected = snapshotOfBody(original);

  test("is recognised as having lost its tags, and every field is found again by title, kind and order", () => {
    expect(recovered.recognised).toEqual({ how: "resaved", matched: 52, expected: 52 });
  });

  test("the rebuilt snapshot has every field with its tag, its frame and its full text (moved-out paragraphs included)", () => {
    expect(leaves(recovered.controls)).toEqual(leaves(expected.controls));
  });

  test("gives the same findings as the original", () => {
    const findings = checkDocument(recovered, profile, context).filter((f) => f.rule !== "recognised");
    expect(findings.map((f) => [f.rule, f.message.de])).toEqual(
      checkDocument(expected, profile, context).map((f) => [f.rule, f.message.de]),
    );
    expect(findings.map((f) => f.rule)).toEqual(["ratingsRated", "ratingsRated", "ratingsRated"]);
  });

  test("a document with its tags is read as it is", () => {
    expect(snapshotOfDocument(original, profile)).toEqual(expected);
  });

  test("a foreign document whose controls share a few titles (Fax, Telefon) is not taken for an answer", () => {
    const card = ["Fax", "Telefon", "Fax", "E-Mail"]
      .map(
        (title) =>
          `<w:p><w:sdt><w:sdtPr><w:alias w:val="${title}"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>x</w:t></w:r></w:sdtContent></w:sdt></w:p>`,
      )
      .join("");
    expect(snapshotOfDocument(bodyOf(minimalDocx(card)), profile).recognised).toBeUndefined();
  });

  test("a section whose controls are all gone is reported missing, not guessed", () => {
    const withoutDemography = cutFrom(resaved, "Demografie-Check");
    expect(withoutDemography.length).toBeLessThan(resaved.length);
    const result = snapshotOfDocument(withoutDemography, profile);
    const rules = checkDocument(result, profile, context).map((f) => `${f.rule}:${f.sectionId}`);
    expect(rules).toEqual(["recognised:null", "sectionMissing:demography"]);
  });
});

test("hostile titles and runs of empty paragraphs are read in linear time", () => {
  const body = structuredClone(resaved);
  const controls = controlsOf(body);
  // 100,000 spaces before a number that is not the title's end; 100,000 empty paragraphs after a field, then text.
  controls[0].node.control.title = `Telefon${" ".repeat(100_000)}1x`;
  const field = body.findIndex((node) => controlsOf([node])[0]?.node.control.title === "Antwort 1");
  const empty = (): WmlNode => ({ type: "paragraph", style: "", children: [] });
  const text: WmlNode = { type: "paragraph", style: "", children: [{ type: "text", text: "x" }] };
  body.splice(field + 1, 0, ...Array.from({ length: 100_000 }, empty), text);
  const started = Date.now();
  expect(snapshotOfDocument(body, profile).recognised?.how).toBe("resaved");
  expect(Date.now() - started).toBeLessThan(5000); // under a second; the expressions at the end took about ten seconds each
});

/** The body up to the first top-level node whose text contains `marker`. */
function cutFrom(body: WmlNode[], marker: string): WmlNode[] {
  const at = body.findIndex((node) => JSON.stringify(node).includes(`"${marker}"`));
  return at < 0 ? body : body.slice(0, at);
}
