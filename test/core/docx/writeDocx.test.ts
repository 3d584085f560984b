/** writeDocx: a complete package that validates, reads back, and carries exactly what the add-in inserts. */
import { describe, expect, test } from "@jest/globals";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { readDocx, writeDocx } from "../../../src/core/docx";
import { parseContentTypes, parseCustomProperties, parseRelationships } from "../../../src/core/docx/opc";
import { buildAnswer } from "../../../src/core/ooxml/document";
import { flatOpcPackage } from "../../../src/core/ooxml/package";
import { readWordBody } from "../../../src/core/ooxml/read";
import { controlsOf, textOf, type WmlNode } from "../../../src/core/ooxml/tree";
import { defaultProfile } from "../../../src/core/profile";
import { OOXML_SCHEMA_DIR, validateWithSchema, validateWordprocessingML } from "../../support/xsd";
import { seedContent } from "../check/seedContent";

const profile = defaultProfile();

function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** What identifies each control: kind, tag, title, lock, placeholder state, choices, and its depth. */
function controlSignature(body: WmlNode[]) {
  return controlsOf(body).map(({ node, ancestors }) => ({
    ...node.control,
    depth: ancestors.length,
    text: textOf(node.children),
  }));
}

/** Every element of a part as {namespace}name, in document order. */
function elementNames(xml: string): string[] {
  const names: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag) => void names.push(`{${tag.uri}}${tag.local}`));
  parser.write(xml).close();
  return names;
}

/**
 * The seed's package, written anew in each test that reads it: mutation testing runs only the tests that cover a
 * mutant, and a package written once for all would be covered by none of them.
 */
const seedPackage = () => writeDocx(buildAnswer(profile, { content: seedContent() }));

describe("the package", () => {
  test("has the parts of a minimal WordprocessingML package, content types first", () => {
    const parts = partsOf(seedPackage());
    expect(Object.keys(parts)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "word/document.xml",
      "word/_rels/document.xml.rels",
      "word/styles.xml",
      "word/settings.xml",
      "docProps/core.xml",
      "docProps/app.xml",
    ]);
    expect(parts["word/document.xml"]).toContain('<w:pgSz w:w="11906" w:h="16838"/>'); // A4
  });

  test("document, styles and settings validate against ECMA-376; app.xml against its schema", async () => {
    const parts = partsOf(seedPackage());
    // One validation for the three parts: the schema is compiled once (a busy machine takes seconds for each).
    const names = ["word/document.xml", "word/styles.xml", "word/settings.xml"];
    const result = await validateWordprocessingML(names.map((name) => ({ name, xml: parts[name] })));
    expect(result.errors).toEqual([]);
    const app = await validateWithSchema(
      OOXML_SCHEMA_DIR,
      "shared-documentPropertiesExtended.xsd",
      parts["docProps/app.xml"],
    );
    expect(app.errors).toEqual([]);
  });

  test("custom document properties (the inquiry's arrival) are written only when given, valid, and read back", async () => {
    const bytes = seedPackage();
    const parts = partsOf(bytes);
    expect(parts["docProps/custom.xml"]).toBeUndefined();
    const withArrival = writeDocx(buildAnswer(profile), {
      properties: { "Ratsantwort.AnfrageVom": "20.06.2013", "A & B": "<x>" },
    });
    const custom = partsOf(withArrival)["docProps/custom.xml"];
    expect((await validateWithSchema(OOXML_SCHEMA_DIR, "shared-documentPropertiesCustom.xsd", custom)).errors).toEqual(
      [],
    );
    expect(partsOf(withArrival)["[Content_Types].xml"]).toContain('PartName="/docProps/custom.xml"');
    expect(readDocx(withArrival)).toMatchObject({
      ok: true,
      properties: { "Ratsantwort.AnfrageVom": "20.06.2013", "A & B": "<x>" },
    });
    expect(readDocx(bytes)).toMatchObject({ ok: true, properties: {} });
  });

  test("declares each part's content type and reaches each by its relationship, as ECMA-376 names them", () => {
    const parts = partsOf(seedPackage());
    const ML = "application/vnd.openxmlformats-officedocument";
    const typeOf = parseContentTypes(parts["[Content_Types].xml"]);
    expect(Object.keys(parts).map((name) => [name, typeOf(name)])).toEqual([
      ["[Content_Types].xml", "application/xml"],
      ["_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml"],
      ["word/document.xml", `${ML}.wordprocessingml.document.main+xml`],
      ["word/_rels/document.xml.rels", "application/vnd.openxmlformats-package.relationships+xml"],
      ["word/styles.xml", `${ML}.wordprocessingml.styles+xml`],
      ["word/settings.xml", `${ML}.wordprocessingml.settings+xml`],
      ["docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
      ["docProps/app.xml", `${ML}.extended-properties+xml`],
    ]);
    const R = "http://schemas.openxmlformats.org";
    const links = (name: string) => parseRelationships(parts[name], name).map((r) => [r.id, r.type, r.target]);
    expect(links("_rels/.rels")).toEqual([
      ["rId1", `${R}/officeDocument/2006/relationships/officeDocument`, "word/document.xml"],
      ["rId2", `${R}/package/2006/relationships/metadata/core-properties`, "docProps/core.xml"],
      ["rId3", `${R}/officeDocument/2006/relationships/extended-properties`, "docProps/app.xml"],
    ]);
    expect(links("word/_rels/document.xml.rels")).toEqual([
      ["rId1", `${R}/officeDocument/2006/relationships/styles`, "styles.xml"],
      ["rId2", `${R}/officeDocument/2006/relationships/settings`, "settings.xml"],
    ]);
  });

  test("says Word 2013 and later, German, its title and its maker; custom properties numbered from 2", () => {
    const parts = partsOf(seedPackage());
    expect(parts["word/settings.xml"]).toContain('<w:defaultTabStop w:val="709"/>');
    expect(parts["word/settings.xml"]).toContain(
      '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>',
    );
    const titled = partsOf(
      writeDocx(buildAnswer(profile), { title: "Antwort & Fragen", properties: { a: "1", b: "2" } }),
    );
    expect(titled["docProps/core.xml"]).toContain(
      "<dc:title>Antwort &amp; Fragen</dc:title><dc:language>de-DE</dc:language>",
    );
    expect(parts["docProps/core.xml"]).toContain("<dc:title></dc:title>");
    const CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    const DC = "http://purl.org/dc/elements/1.1/";
    expect(elementNames(parts["docProps/core.xml"])).toEqual([
      `{${CP}}coreProperties`,
      `{${DC}}title`,
      `{${DC}}language`,
    ]);
    const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
    expect(new Set(elementNames(parts["[Content_Types].xml"]))).toEqual(
      new Set([`{${CT}}Types`, `{${CT}}Default`, `{${CT}}Override`]),
    );
    expect(parts["docProps/app.xml"]).toContain("<Application>Ratsantwort</Application>");
    const custom = titled["docProps/custom.xml"];
    expect(custom.match(/<property [^>]*>/g)).toEqual([
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="a">',
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="b">',
    ]);
    expect(parseCustomProperties(custom, "docProps/custom.xml")).toEqual({ a: "1", b: "2" });
    expect(parseContentTypes(titled["[Content_Types].xml"])("docProps/custom.xml")).toBe(
      "application/vnd.openxmlformats-officedocument.custom-properties+xml",
    );
    expect(
      parseRelationships(titled["_rels/.rels"], "_rels/.rels").find((r) => r.target === "docProps/custom.xml"),
    ).toMatchObject({
      id: "rId4",
      type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
    });
  });

  test("is deterministic: the same content gives the same bytes", () => {
    const bytes = seedPackage();
    expect(writeDocx(buildAnswer(profile, { content: seedContent() }))).toEqual(bytes);
  });

  test("reads back with its text intact, umlauts and ß included", () => {
    const bytes = seedPackage();
    const result = readDocx(bytes);
    if (!result.ok) throw new Error(result.error);
    const text = textOf(result.body);
    expect(text).toContain("Jobcenter Wuppertal AÖR");
    expect(text).toContain("Mitarbeiter/innen und Personalrat wurden regelmäßig");
    expect(result).toMatchObject({ strict: false, mainPart: "word/document.xml" });
  });
});

describe("one source: the .docx holds the same controls as the WordprocessingML the add-in inserts", () => {
  test.each([
    ["the empty template", {}],
    ["the seed's content", { content: seedContent() }],
    [
      "the plain-text fallback",
      { capabilities: { plainText: true, dropDown: false, comboBox: false, datePicker: false } },
    ],
    [
      "the rich-text fallback (Word 2019)",
      { capabilities: { plainText: false, dropDown: false, comboBox: false, datePicker: false } },
    ],
  ])("%s", (_name, options) => {
    const inserted = buildAnswer(profile, options);
    const fromAddIn = readWordBody(flatOpcPackage(inserted)); // exactly what the add-in hands insertOoxml
    const fromFile = readDocx(writeDocx(inserted));
    if (!fromAddIn.ok || !fromFile.ok) throw new Error("unreadable");
    const signature = controlSignature(fromFile.body);
    expect(signature).toEqual(controlSignature(fromAddIn.body));
    expect(signature.length).toBeGreaterThan(30);
    expect(new Set(signature.map((c) => c.lock))).toEqual(new Set(["none", "sdtLocked", "sdtContentLocked"]));
  });
});
