/**
 * Barrierefreiheit, the same on Word and on a .docx (issue 15): the seed's answer as the add-in writes it has no
 * finding; the same answer with a picture without alternative text, two empty paragraphs as spacing and a bold line
 * as heading has exactly those three, leading to their paragraphs; the repairs delete only empty paragraphs.
 */
import { afterEach, describe, expect, test } from "@jest/globals";
import { defaultProfile, shippedProfiles } from "../../src/core/profile";
import { checkDocument } from "../../src/core/check/run";
import type { Finding } from "../../src/core/check/findings";
import { buildAnswer } from "../../src/core/ooxml/document";
import { documentPart } from "../../src/core/ooxml/package";
import { readWordBody } from "../../src/core/ooxml/read";
import type { WmlNode } from "../../src/core/ooxml/tree";
import { filledContent } from "../../src/core/document/sample";
import { documentTitle } from "../../src/core/document/title";
import { readDocx, writeDocx } from "../../src/core/docx";
import { checkBytes } from "../../src/cli/checkFile";
import { readSnapshot, removeEmptyParagraphs, selectParagraph, setDocumentTitle } from "../../src/word/check";
import { EDITION_IDS, installTestWord, type TestWord } from "../../src/word-emulator/testing";
import { insertAnswer, readDocumentState } from "../../src/word/document";
import { detectCapabilities } from "../../src/word/capabilities";

const profile = defaultProfile();
const today = { year: 2026, month: 1, day: 1 };
const content = filledContent(profile);
const title = documentTitle(profile, (key) => content.values?.[key]);

const paragraph = (runs: string) => `<w:p>${runs}</w:p>`;
const run = (text: string, bold = false) =>
  `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
/** An inline picture as Word writes it, without alternative text. */
const picture =
  '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
  '<wp:extent cx="914400" cy="914400"/><wp:docPr id="77" name="Grafik 1"/>' +
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r>';

/** What the author adds after the answer the add-in wrote: the three faults of the issue. */
const authorsAddition = [
  paragraph(run("Ergänzende Hinweise", true)),
  paragraph(run("Die Zahlen stammen aus der Statistik der Bundesagentur.")),
  paragraph(""),
  paragraph(""),
  paragraph(picture),
  paragraph(run("Stand: Juni 2013.")),
].join("");

const accessibility = (findings: Finding[]) =>
  findings.filter((f) => f.group === "accessibility").map((f) => [f.rule, f.messageId, f.place?.text]);

const EXPECTED = [
  ["manualHeadings", "boldLine", "Ergänzende Hinweise"],
  ["spacingParagraphs", "several", ""],
  ["altText", "missing", ""],
];

function docx(body: string): Uint8Array {
  return writeDocx(body, { title });
}

describe("on a .docx (ratsantwort check)", () => {
  test("the seed's answer as written has no Barrierefreiheit finding, under every shipped profile", () => {
    for (const shipped of shippedProfiles()) {
      const filled = filledContent(shipped);
      const file = writeDocx(buildAnswer(shipped, { content: filled }), {
        title: documentTitle(shipped, (key) => filled.values?.[key]),
      });
      const report = checkBytes("antwort.docx", file, shipped, today);
      expect(report.readable && accessibility(report.findings)).toEqual([]);
    }
  });

  test("picture without alternative text, two spacing paragraphs and a bold line as heading: exactly those", () => {
    const report = checkBytes(
      "antwort.docx",
      docx(buildAnswer(profile, { content }) + authorsAddition),
      profile,
      today,
    );
    expect(report.readable && accessibility(report.findings)).toEqual(EXPECTED);
    // Wuppertal's profile makes them Hinweise: the answer may still be submitted.
    expect(report.readable && report.findings.filter((f) => f.group).every((f) => f.severity === "hint")).toBe(true);
  });

  test("a file without a title says so", () => {
    const file = writeDocx(buildAnswer(profile, { content }));
    const read = readDocx(file);
    expect(read.ok && read.title).toBe("");
    const report = checkBytes("antwort.docx", file, profile, today);
    expect(report.readable && accessibility(report.findings)).toEqual([["documentTitle", "missing", undefined]]);
  });
});

let word: TestWord | null = null;
afterEach(() => {
  word?.uninstall();
  word = null;
});

function wordWith(edition: (typeof EDITION_IDS)[number], body: string): TestWord {
  const parsed = readWordBody(documentPart(body, false));
  if (!parsed.ok) throw new Error(parsed.error);
  word = installTestWord({ edition, body: parsed.body });
  return word;
}

/** The second paragraph of the body, empty when the test began. */
function emptyParagraph(test: TestWord): Extract<WmlNode, { type: "paragraph" }> {
  const node = test.body[1];
  if (node.type !== "paragraph") throw new Error("no paragraph");
  return node;
}

describe.each(EDITION_IDS)("on the Word stand-in, edition %s", (edition) => {
  test("the same three findings; a click selects their paragraph; removing the spacing deletes only the empty ones", async () => {
    const test = wordWith(edition, buildAnswer(profile, { content }) + authorsAddition);
    const snapshot = await readSnapshot(profile);
    const findings = checkDocument(snapshot, profile, { today });
    expect(accessibility(findings)).toEqual(EXPECTED);
    expect(test.title).toBe(title); // the add-in gave its answer its title

    const bold = findings.find((f) => f.rule === "manualHeadings")!;
    await selectParagraph(bold.place!);
    expect(test.selection()).toMatchObject({ extent: "whole", text: "Ergänzende Hinweise" });

    const spacing = findings.find((f) => f.rule === "spacingParagraphs")!;
    const before = test.bodyText();
    expect(await removeEmptyParagraphs(spacing.place!, spacing.data.count as number)).toBe(2);
    expect(test.bodyText().replace(/\s+/g, " ")).toBe(before.replace(/\s+/g, " "));
    const again = checkDocument(await readSnapshot(profile), profile, { today });
    expect(accessibility(again).map(([rule]) => rule)).toEqual(["manualHeadings", "altText"]);
  });

  test("the paragraph the add-in writes after an answer inserted mid-letter (row 4) is not spacing", async () => {
    const test = wordWith(edition, paragraph(run("Sehr geehrte Damen und Herren,")) + paragraph(run("wir fragen:")));
    await insertAnswer(profile, await readDocumentState(profile), detectCapabilities(), { content });
    const after = test.body.findIndex((node) => node.type === "control") + profile.sections.length;
    expect(test.body[after]).toMatchObject({ type: "paragraph", children: [] });
    expect(accessibility(checkDocument(await readSnapshot(profile), profile, { today }))).toEqual([]);
  });

  test("removing spacing refuses when the paragraphs are no longer empty, and deletes nothing", async () => {
    const test = wordWith(edition, paragraph(run("Vorwort")) + paragraph("") + paragraph(run("Text")));
    const spacing = checkDocument(await readSnapshot(profile), profile, { today }).find(
      (f) => f.rule === "spacingParagraphs",
    )!;
    emptyParagraph(test).children.push({ type: "text", text: "Nachgetragen" }); // typed since the check
    await expect(removeEmptyParagraphs(spacing.place!, 1)).rejects.toMatchObject({ kind: "notFound" });
    expect(test.bodyText()).toBe("Vorwort\nNachgetragen\nText");
  });

  test("a paragraph holding only a picture is never taken for an empty one: its text is empty, its range is not", async () => {
    const test = wordWith(edition, paragraph(run("Vorwort")) + paragraph("") + paragraph(run("Text")));
    const spacing = checkDocument(await readSnapshot(profile), profile, { today }).find(
      (f) => f.rule === "spacingParagraphs",
    )!;
    emptyParagraph(test).children.push({ type: "image", alt: "", decorative: false }); // pasted since the check
    expect(await removeEmptyParagraphs(spacing.place!, 1)).toBe(0);
    expect(test.body).toHaveLength(3);
  });

  test("the title a document without one is given is the answer's, and from then on kept up to date", async () => {
    const test = wordWith(edition, paragraph(run("Ein Brief ohne Antwortstruktur.")));
    const findings = checkDocument(await readSnapshot(profile), profile, { today });
    expect(findings.find((f) => f.rule === "documentTitle")).toMatchObject({ repair: "setTitle" });
    await setDocumentTitle("Brief an die Fraktion");
    expect(test.title).toBe("Brief an die Fraktion");
    expect(test.customProperties()).toMatchObject({ "Ratsantwort.Titel": "Brief an die Fraktion" });
    const after = checkDocument(await readSnapshot(profile), profile, { today });
    expect(after.find((f) => f.rule === "documentTitle")).toBeUndefined();
  });
});
