/**
 * Taking an answer written without the add-in into the add-in's structure: the seed typed the old way and a
 * colleague's variant, adopted, check like the answer written with the add-in; every word stays, in order.
 */
import { describe, expect, test } from "@jest/globals";
import { checkDocument } from "../../../src/core/check";
import { snapshotOfBody } from "../../../src/core/check/fromTree";
import { buildAnswer } from "../../../src/core/ooxml/document";
import { documentPart } from "../../../src/core/ooxml/package";
import { readWordBody } from "../../../src/core/ooxml/read";
import { textOf, type WmlNode } from "../../../src/core/ooxml/tree";
import { defaultProfile } from "../../../src/core/profile";
import { adoptMainPart, snapshotOfDocument } from "../../../src/core/recognise";
import { serializeBody } from "../../../src/word-emulator/serialize";
import { validateWordprocessingML } from "../../support/xsd";
import { SEED_TODAY, seedContent } from "../check/seedContent";
import { colleaguesVariant, p, seedTheOldWay, writtenTheOldWay } from "./legacyAnswer";

const profile = defaultProfile();
const context = { today: SEED_TODAY };
const FIRST_ID = 500_000;

const partOf = (body: WmlNode[]) => documentPart(serializeBody(body), true);

function bodyOf(xml: string): WmlNode[] {
  const read = readWordBody(xml);
  if (!read.ok) throw new Error(read.error);
  return read.body;
}

const rulesAndMessages = (findings: ReturnType<typeof checkDocument>) =>
  findings.map((f) => [f.rule, f.severity, f.message.de]);
const words = (body: WmlNode[]) => textOf(body).split(/\s+/).filter(Boolean);

describe.each([
  ["the seed typed the old way", seedTheOldWay],
  ["a colleague's variant", colleaguesVariant],
])("%s, adopted", (_name, variant) => {
  const original = writtenTheOldWay(variant);
  const result = adoptMainPart(partOf(original), profile, FIRST_ID);
  if (!result.ok) throw new Error(result.error);
  const adopted = bodyOf(result.xml);

  test("checks with the findings it had before, without the Hinweis: the controls are read, not recognised", () => {
    const before = checkDocument(snapshotOfDocument(original, profile), profile, context);
    const after = checkDocument(snapshotOfDocument(adopted, profile), profile, context);
    expect(snapshotOfDocument(adopted, profile).recognised).toBeUndefined();
    expect(rulesAndMessages(after)).toEqual(rulesAndMessages(before.filter((f) => f.rule !== "recognised")));
  });

  test("keeps every word of the original, in order; adds only the placeholders of empty fields", () => {
    const before = words(original);
    const after = words(adopted);
    let i = 0;
    for (const word of after) if (word === before[i]) i++;
    expect(i).toBe(before.length);
    expect(result.notWrapped).toEqual([]);
    expect(result.unplaced).toEqual([]);
  });

  test("is valid WordprocessingML (ECMA-376)", async () => {
    expect((await validateWordprocessingML(result.xml)).errors).toEqual([]);
  });
});

test("the seed adopted has the controls of the seed written with the add-in: same tags, same order, same text", () => {
  const result = adoptMainPart(partOf(writtenTheOldWay(seedTheOldWay)), profile, FIRST_ID);
  if (!result.ok) throw new Error(result.error);
  const leaves = (body: WmlNode[]) => {
    const controls = snapshotOfBody(body).controls;
    return controls
      .filter((_c, i) => !controls.some((d) => d.parent === i))
      .map((c) => [c.tag, c.text.replace(/\s+/g, " ").trim()]);
  };
  const written = readWordBody(documentPart(buildAnswer(profile, { content: seedContent() }), false));
  if (!written.ok) throw new Error(written.error);
  const unrated = new Set(
    leaves(written.body)
      .filter(([tag]) => tag.includes(":r:"))
      .map(([tag]) => tag),
  );
  expect(leaves(bodyOf(result.xml)).filter(([tag]) => !unrated.has(tag))).toEqual(
    leaves(written.body).filter(([tag]) => !unrated.has(tag)),
  );
});

test("keeps the formatting: bold question lines stay bold where the number and the question were split apart", () => {
  // The old template's question lines, bold by direct formatting rather than by style.
  const xml = partOf(writtenTheOldWay(seedTheOldWay)).replaceAll(
    '<w:pPr><w:pStyle w:val="Fett"/></w:pPr><w:r>',
    '<w:pPr><w:pStyle w:val="Fett"/></w:pPr><w:r><w:rPr><w:b/><w:i/></w:rPr>',
  );
  expect(xml.match(/<w:b\/><w:i\/>/g)).toHaveLength(8);
  const result = adoptMainPart(xml, profile, FIRST_ID);
  if (!result.ok) throw new Error(result.error);
  const questionControls = [
    ...result.xml.matchAll(/<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*:qt:reasons"\/>(?:(?!<\/w:sdt>).)*<\/w:sdt>/g),
  ].map((m) => m[0]);
  expect(questionControls).toHaveLength(8);
  for (const control of questionControls)
    expect(control).toMatch(/<w:sdtContent><w:r><w:rPr><w:b\/><w:i\/><\/w:rPr><w:t xml:space="preserve">\S/);
  // Each line's run was split in three (number, space, question), each part keeping the run's properties.
  expect(result.xml.match(/<w:b\/><w:i\/>/g)).toHaveLength(24);
});

describe("refusals leave the document as it is, with a German message", () => {
  test.each([
    [
      "an answer with the add-in's controls",
      () => documentPart(buildAnswer(profile, { content: seedContent() }), true),
      "Das Dokument hat die Antwortstruktur bereits.",
    ],
    [
      "a letter",
      () => partOf([p("Sehr geehrte Damen und Herren,"), p("Mit freundlichen Grüßen")]),
      /^In diesem Dokument wurde keine Antwort erkannt/,
    ],
    ["not XML", () => "<w:document", /./],
  ])("%s", (_name, xml, message) => {
    const result = adoptMainPart(xml(), profile, FIRST_ID);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
