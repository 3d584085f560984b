import { describe, expect, test } from "@jest/globals";
import { defaultProfile } from "../../src/core/profile";
import { buildAnswer, buildQuestions, buildSection } from "../../src/core/ooxml/document";
import { documentPart, flatOpcPackage } from "../../src/core/ooxml/package";
import { validateWordprocessingML } from "../support/xsd";

const profile = defaultProfile();

describe("WordprocessingML validates against ECMA-376", () => {
  test("the empty answer document", async () => {
    const result = await validateWordprocessingML(documentPart(buildAnswer(profile), true));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("a filled answer document with hostile text", async () => {
    const content = {
      values: {
        "header.date": "24.06.2013",
        "header.publicity": "öffentlich",
        "demography.goal1": "+",
        "header.author": "A & B <c> \u0001\"'",
      },
      questions: { reasons: [{ question: "Wer & <was>?\nZweite Zeile", answer: "Absatz 1\n\nAbsatz 3" }] },
    };
    const result = await validateWordprocessingML(documentPart(buildAnswer(profile, { content }), true));
    expect(result.errors).toEqual([]);
  });

  test.each([true, false])("every kind of fallback (plain text listed: %s)", async (plainText) => {
    const capabilities = { plainText, dropDown: false, comboBox: false, datePicker: false };
    const result = await validateWordprocessingML(documentPart(buildAnswer(profile, { capabilities }), true));
    expect(result.errors).toEqual([]);
  });

  test("single sections and a question, in one validation", async () => {
    const documents = [
      ...profile.sections.map((section) => ({
        name: `${section.id}.xml`,
        xml: documentPart(buildSection(profile, section.id), false),
      })),
      {
        name: "questions.xml",
        xml: documentPart(
          buildQuestions(profile, "reasons", 7, [
            { question: "", answer: "" },
            { question: "Wie?", answer: "So." },
          ]),
          false,
        ),
      },
    ];
    expect((await validateWordprocessingML(documents)).errors).toEqual([]);
  });

  test("the validator rejects a broken control, so the tests above can fail", async () => {
    const broken = documentPart(buildAnswer(profile), true).replace(
      '<w:lock w:val="sdtLocked"/>',
      '<w:lock w:val="locked"/>',
    );
    expect((await validateWordprocessingML(broken)).valid).toBe(false);
  });
});

test("the Flat OPC package for insertOoxml carries document and styles", () => {
  const pkg = flatOpcPackage(buildSection(profile, "reason"));
  expect(pkg).toContain('pkg:name="/word/document.xml"');
  expect(pkg).toContain('pkg:name="/word/styles.xml"');
  expect(pkg).toContain("Grund der Vorlage");
});
