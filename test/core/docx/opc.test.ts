/** The package layer's parsers on their own: relationships, content types, custom properties, and their bounds. */
import { describe, expect, test } from "@jest/globals";
import {
  isWordMainContentType,
  parseContentTypes,
  parseCoreTitle,
  parseCustomProperties,
  parseRelationships,
  resolvePackageTarget,
} from "../../../src/core/docx/opc";

const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const nested = (depth: number) =>
  `<Relationships xmlns="${RELS}">${"<x>".repeat(depth - 1)}${"</x>".repeat(depth - 1)}</Relationships>`;

describe("relationships", () => {
  test("type and target trimmed, missing ones empty, external ones marked", () => {
    const xml =
      `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type=" urn:typ " Target=" word/document.xml "/>` +
      `<Relationship Id="rId2"/><Relationship Id="rId3" Type="urn:link" Target="https://x.example" TargetMode="External"/></Relationships>`;
    expect(parseRelationships(xml, "_rels/.rels")).toEqual([
      { id: "rId1", type: "urn:typ", target: "word/document.xml", external: false },
      { id: "rId2", type: "", target: "", external: false },
      { id: "rId3", type: "urn:link", target: "https://x.example", external: true },
    ]);
  });

  test("a part 64 deep or with 200,000 elements is read; one deeper or longer is refused; siblings do not add up", () => {
    expect(() => parseRelationships(nested(64), "_rels/.rels")).not.toThrow();
    expect(() => parseRelationships(nested(65), "_rels/.rels")).toThrow(
      "Der Teil „_rels/.rels“ ist zu tief verschachtelt oder zu lang für einen Teil seiner Art; die Datei wird nicht gelesen.",
    );
    const flat = (count: number) => `<Relationships xmlns="${RELS}">${"<x/>".repeat(count - 1)}</Relationships>`;
    expect(() => parseRelationships(flat(200_000), "_rels/.rels")).not.toThrow();
    expect(() => parseRelationships(flat(200_001), "_rels/.rels")).toThrow(/zu tief verschachtelt oder zu lang/);
  });
});

describe("content types", () => {
  const TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

  test("an Override by the part's name, else the Default for its extension, both whatever their case", () => {
    // Parsed in the test, not once for the file: mutation testing runs only the tests that parse.
    const typeOf = parseContentTypes(
      `<Types xmlns="${TYPES}">` +
        `<Default Extension="XML" ContentType="application/xml"/><Default Extension="rels" ContentType="urn:rels"/>` +
        `<Override PartName="/Word/Document.xml" ContentType="urn:main"/></Types>`,
    );
    expect(typeOf("word/document.xml")).toBe("urn:main");
    expect(typeOf("word.v2/other.xml")).toBe("application/xml");
    expect(typeOf("_rels/.rels")).toBe("urn:rels");
    expect(typeOf("word/media/bild.png")).toBeUndefined();
  });

  test("a Default and an Override are told apart by their names, not by the attributes they carry", () => {
    const typeOf = parseContentTypes(
      `<Types xmlns="${TYPES}"><Default Extension="xml" ContentType="urn:xml"/>` +
        `<Default Extension="bin" ContentType="urn:bin" PartName="/word/document.xml"/>` +
        `<Override PartName="/word/other.xml" ContentType="urn:other" Extension="dat"/></Types>`,
    );
    expect(typeOf("word/document.xml")).toBe("urn:xml");
    expect(typeOf("word/other.xml")).toBe("urn:other");
    expect(typeOf("media/x.dat")).toBeUndefined();
  });

  test("Word's main parts are known by wordprocessingml or the ms-word prefix, nothing else", () => {
    expect(isWordMainContentType("application/vnd.ms-word.document.macroEnabled.main+xml")).toBe(true);
    expect(
      isWordMainContentType("Application/Vnd.OpenXmlFormats-OfficeDocument.WordprocessingML.Template.Main+XML"),
    ).toBe(true);
    expect(isWordMainContentType("x-application/vnd.ms-word.")).toBe(false);
    expect(isWordMainContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")).toBe(
      false,
    );
  });
});

test("custom properties: the text of each named property, trimmed; text outside a property or of one without a name is not taken", () => {
  const xml =
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<vt:lpwstr>davor</vt:lpwstr><property pid="2"><vt:lpwstr>namenlos</vt:lpwstr></property>` +
    `<property pid="3" name="Eingang"><vt:lpwstr> 20.06.2013 </vt:lpwstr></property></Properties>`;
  expect(parseCustomProperties(xml, "docProps/custom.xml")).toEqual({ Eingang: "20.06.2013" });
});

describe("relationship targets as part names", () => {
  test("relative, absolute, with dot segments, escapes and a fragment", () => {
    expect(resolvePackageTarget("word/document.xml")).toBe("word/document.xml");
    expect(resolvePackageTarget("/word/document.xml")).toBe("word/document.xml");
    expect(resolvePackageTarget("./word/../word/./document.xml#start")).toBe("word/document.xml");
    expect(resolvePackageTarget("word/Antwort%20f%C3%BCr.xml")).toBe("word/Antwort für.xml");
    expect(resolvePackageTarget("word/teil:1.xml")).toBe("word/teil:1.xml"); // a colon after a slash names no scheme
    expect(resolvePackageTarget("1word:teil.xml")).toBe("1word:teil.xml"); // nor one after a leading digit
  });

  test("an absolute URI, a broken escape or no name at all point at no part", () => {
    for (const target of ["https://example.org/document.xml", "file:document.xml", "a+b.c-d:x", "word/%E0%A4%A", ""])
      expect(resolvePackageTarget(target)).toBeNull();
    for (const target of ["/", ".", "..", "word/..", "#nur-ein-Anker"]) expect(resolvePackageTarget(target)).toBeNull();
  });
});

test("the core properties' title: the text of dc:title alone, trimmed", () => {
  const core = (inner: string) =>
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${inner}</cp:coreProperties>`;
  expect(
    parseCoreTitle(
      core("<dc:creator>Amt 201</dc:creator><dc:title> Antwort </dc:title><dc:subject>Jobcenter</dc:subject>"),
      "docProps/core.xml",
    ),
  ).toBe("Antwort");
  expect(parseCoreTitle(core("<dc:subject>Jobcenter</dc:subject>"), "docProps/core.xml")).toBe("");
});
