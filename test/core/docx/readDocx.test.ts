/** readDocx against hostile and odd packages: every one gets a result or a German one-line message, quickly. */
import { describe, expect, test } from "@jest/globals";
import { deflateSync, inflateSync, strToU8, zipSync } from "fflate";
import { nodeInflater } from "../../../src/cli/nodeInflater";
import { DEFAULT_ZIP_LIMITS, readDocx, type Inflater } from "../../../src/core/docx";
import { ZipArchive } from "../../../src/core/docx/zip";
import { controlsOf, textOf } from "../../../src/core/ooxml/tree";
import {
  buildZip,
  documentXml,
  lastSignature,
  minimalDocx,
  rels,
  spacesBomb,
  STRICT_OFFICE_DOCUMENT,
  TRANSITIONAL_OFFICE_DOCUMENT,
  W,
} from "./zipBuilder";

const HELLO = "<w:p><w:r><w:t>Hallo Welt</w:t></w:r></w:p>";

function errorOfWith(bytes: Uint8Array, inflater?: Inflater): string {
  const result = readDocx(bytes, DEFAULT_ZIP_LIMITS, inflater);
  if (result.ok) throw new Error("expected the file to be refused");
  expect(result.error).not.toContain("\n");
  return result.error;
}

function textOfDocxWith(bytes: Uint8Array, inflater?: Inflater): string {
  const result = readDocx(bytes, DEFAULT_ZIP_LIMITS, inflater);
  if (!result.ok) throw new Error(result.error);
  return textOf(result.body);
}

const errorOf = (bytes: Uint8Array) => errorOfWith(bytes);
const textOfDocx = (bytes: Uint8Array) => textOfDocxWith(bytes);

describe("finding the main document part", () => {
  test("through _rels/.rels, wherever it is", () => {
    expect(textOfDocx(minimalDocx(HELLO, "inhalt/haupt.xml"))).toBe("Hallo Welt");
    const absolute = buildZip([
      { name: "_rels/.rels", data: rels("/word/./sub/../document2.xml") },
      { name: "word/document2.xml", data: documentXml(HELLO) },
    ]);
    expect(textOfDocx(absolute)).toBe("Hallo Welt");
    expect(readDocx(minimalDocx(HELLO, "inhalt/haupt.xml"))).toMatchObject({ ok: true, mainPart: "inhalt/haupt.xml" });
  });

  test("a word/document.xml the relationships do not name is not read", () => {
    const bytes = buildZip([
      { name: "_rels/.rels", data: rels("word/main.xml") },
      { name: "word/document.xml", data: documentXml(HELLO) },
    ]);
    expect(errorOf(bytes)).toBe("Das Hauptdokument „word/main.xml“ fehlt in der Datei.");
  });

  test("part names are matched case-insensitively and percent-decoded, as OPC says", () => {
    const bytes = buildZip([
      { name: "_RELS/.RELS", data: rels("Word/Mein%20Dokument.xml") },
      { name: "word/mein dokument.xml", data: documentXml(HELLO) },
    ]);
    expect(textOfDocx(bytes)).toBe("Hallo Welt");
  });

  test("no relationships, or no officeDocument among them, are clear messages", () => {
    expect(errorOf(buildZip([{ name: "word/document.xml", data: documentXml(HELLO) }]))).toMatch(
      /_rels\/\.rels\) fehlen/,
    );
    const other = rels(
      "docProps/core.xml",
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
    );
    expect(errorOf(buildZip([{ name: "_rels/.rels", data: other }]))).toMatch(/kein Hauptdokument/);
  });

  test("a package whose main part is a spreadsheet is not taken for a Word document", () => {
    const bytes = buildZip([
      {
        name: "[Content_Types].xml",
        data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      },
      { name: "_rels/.rels", data: rels("xl/workbook.xml") },
      { name: "xl/workbook.xml", data: "<workbook/>" },
    ]);
    expect(errorOf(bytes)).toMatch(/kein Word-Dokument.*spreadsheetml/);
  });
});

describe("custom document properties", () => {
  const CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
  const packageRels = (customTarget: string) =>
    rels("word/document.xml").replace(
      "</Relationships>",
      `<Relationship Id="rId9" Type="${CUSTOM}" Target="${customTarget}"/></Relationships>`,
    );
  const customXml =
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Ratsantwort.AnfrageVom">\n  <vt:lpwstr>20.06.2013</vt:lpwstr>\n</property>' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Seiten"><vt:i4>3</vt:i4></property></Properties>';

  test("are found through the relationships and read as text, whatever their type", () => {
    const bytes = buildZip([
      { name: "_rels/.rels", data: packageRels("eigenschaften/benutzer.xml") },
      { name: "word/document.xml", data: documentXml(HELLO) },
      { name: "eigenschaften/benutzer.xml", data: customXml },
    ]);
    expect(readDocx(bytes)).toMatchObject({
      ok: true,
      properties: { "Ratsantwort.AnfrageVom": "20.06.2013", Seiten: "3" },
    });
  });

  test("a relationship to a missing part means no properties; a DTD there is refused like anywhere else", () => {
    const missing = buildZip([
      { name: "_rels/.rels", data: packageRels("docProps/custom.xml") },
      { name: "word/document.xml", data: documentXml(HELLO) },
    ]);
    expect(readDocx(missing)).toMatchObject({ ok: true, properties: {} });
    const hostile = buildZip([
      { name: "_rels/.rels", data: packageRels("docProps/custom.xml") },
      { name: "word/document.xml", data: documentXml(HELLO) },
      { name: "docProps/custom.xml", data: `<!DOCTYPE p [<!ENTITY x "y">]>${customXml}` },
    ]);
    expect(errorOf(hostile)).toMatch(/^Der Teil „docProps\/custom\.xml“ enthält eine DTD/);
  });
});

describe("Strict OOXML", () => {
  test("is read, and reported as Strict", () => {
    const strict = minimalDocx(HELLO, "word/document.xml", {
      namespace: "http://purl.oclc.org/ooxml/wordprocessingml/main",
      relType: STRICT_OFFICE_DOCUMENT,
    });
    const result = readDocx(strict);
    expect(result).toMatchObject({ ok: true, strict: true });
    expect(textOfDocx(strict)).toBe("Hallo Welt");
    expect(readDocx(minimalDocx(HELLO))).toMatchObject({ ok: true, strict: false });
  });

  test("is known by the namespace of the root element alone, whatever its prefix, with a Transitional relationship", () => {
    const STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    const packageOf = (document: string) =>
      buildZip([
        { name: "_rels/.rels", data: rels("word/document.xml") },
        { name: "word/document.xml", data: `<?xml version="1.0"?>${document}` },
      ]);
    const strictOf = (document: string) => {
      const result = readDocx(packageOf(document));
      if (!result.ok) throw new Error(result.error);
      return result.strict;
    };
    expect(strictOf(`<document xmlns="${STRICT_W}"><body/></document>`)).toBe(true);
    expect(strictOf(`<ns.0-x:document xmlns:ns.0-x="${STRICT_W}"><ns.0-x:body/></ns.0-x:document>`)).toBe(true);
    expect(strictOf(`<w:document xmlns:w="${W}"><w:body><x:y xmlns:x="${STRICT_W}"/></w:body></w:document>`)).toBe(
      false,
    );
  });
});

describe("the parts beside the body", () => {
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const styles =
    `<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:styleId="Kapitel"><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>`;
  const related = (target: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${R}/styles" Target="${target}"/></Relationships>`;

  test.each([
    ["beside the main part", "inhalt/haupt.xml", "inhalt/_rels/haupt.xml.rels", "formate.xml", "inhalt/formate.xml"],
    [
      "by an absolute name",
      "inhalt/haupt.xml",
      "inhalt/_rels/haupt.xml.rels",
      "/andere/formate.xml",
      "andere/formate.xml",
    ],
    ["of a main part at the root", "haupt.xml", "_rels/haupt.xml.rels", "formate.xml", "formate.xml"],
  ])("the styles part is found through the main part's relationships, %s", (_, main, relsName, target, part) => {
    const bytes = buildZip([
      { name: "_rels/.rels", data: rels(main) },
      { name: main, data: documentXml(HELLO) },
      { name: relsName, data: related(target) },
      { name: part, data: styles },
    ]);
    const result = readDocx(bytes);
    if (!result.ok) throw new Error(result.error);
    expect(result.styles?.language).toBe("de-DE");
    expect(result.styles?.paragraphStyles.get("Kapitel")).toEqual({ outline: 0, bold: false });
  });

  test("the title from the core properties; none without them; a damaged core part costs only the title", () => {
    const core = (title: string) =>
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${title}</dc:title></cp:coreProperties>`;
    const withCore = (xml: string) =>
      buildZip([
        {
          name: "_rels/.rels",
          data:
            `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
            `<Relationship Id="rId1" Type="${TRANSITIONAL_OFFICE_DOCUMENT}" Target="word/document.xml"/>` +
            `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
        },
        { name: "word/document.xml", data: documentXml(HELLO) },
        { name: "docProps/core.xml", data: xml },
      ]);
    expect(readDocx(withCore(core(" Antwort ")))).toMatchObject({ ok: true, title: "Antwort" });
    expect(readDocx(withCore("<kaputt"))).toMatchObject({ ok: true, title: "" });
    expect(readDocx(minimalDocx(HELLO))).toMatchObject({ ok: true, title: "" });
  });

  test("a Strict officeDocument relationship alone makes the file Strict", () => {
    expect(readDocx(minimalDocx(HELLO, "word/document.xml", { relType: STRICT_OFFICE_DOCUMENT }))).toMatchObject({
      ok: true,
      strict: true,
    });
  });
});

describe("what is not a .docx", () => {
  test("encrypted files and legacy .doc (OLE compound file) get one message", () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(errorOf(ole)).toBe(
      "Die Datei ist verschlüsselt (Kennwortschutz) oder im alten .doc-Format; bitte in Word ohne Kennwort als .docx speichern.",
    );
  });

  test("every byte of a signature counts: a file that begins like one but is not is no .docx", () => {
    expect(errorOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0, 0, 0]))).toBe(
      "Die Datei ist keine .docx-Datei (kein ZIP-Archiv).",
    );
    expect(errorOf(strToU8("PK\x01\x02 und mehr"))).toBe("Die Datei ist keine .docx-Datei (kein ZIP-Archiv).");
  });

  test("text, PDF and empty files are no .docx", () => {
    expect(errorOf(strToU8("{\\rtf1 Hallo}"))).toBe("Die Datei ist keine .docx-Datei (kein ZIP-Archiv).");
    expect(errorOf(strToU8("%PDF-1.7"))).toBe("Die Datei ist keine .docx-Datei (kein ZIP-Archiv).");
    expect(errorOf(new Uint8Array(0))).toBe("Die Datei ist leer; keine .docx-Datei.");
  });

  test("a truncated file is reported as such, at every length", () => {
    const whole = minimalDocx(HELLO);
    for (let length = 4; length < whole.length; length += 7) {
      const error = errorOf(whole.subarray(0, length));
      expect(error).toMatch(/^Die Datei ist (unvollständig|beschädigt)/);
    }
  });

  test("entries encrypted with ZIP's own password, or packed with unknown methods, are refused clearly", () => {
    expect(errorOf(buildZip([{ name: "_rels/.rels", data: rels("word/document.xml"), flags: 1 }]))).toMatch(
      /verschlüsselt/,
    );
    expect(errorOf(buildZip([{ name: "_rels/.rels", data: rels("word/document.xml"), method: 12 }]))).toMatch(
      /nicht unterstützten Verfahren komprimiert \(Methode 12\)/,
    );
  });

  test("a damaged entry (wrong checksum) is found before it is parsed", () => {
    const bytes = buildZip([
      { name: "_rels/.rels", data: rels("word/document.xml") },
      { name: "word/document.xml", data: documentXml(HELLO), crc: 12345 },
    ]);
    expect(errorOf(bytes)).toBe("Die Datei ist beschädigt (Prüfsumme von „word/document.xml“ stimmt nicht).");
  });
});

describe("ZIP64", () => {
  test("an archive whose sizes and offsets sit in ZIP64 records is read", () => {
    const bytes = buildZip(
      [
        { name: "_rels/.rels", data: rels("word/document.xml") },
        { name: "word/document.xml", data: documentXml(HELLO) },
      ],
      { zip64: true },
    );
    expect(textOfDocx(bytes)).toBe("Hallo Welt");
  });

  describe("damaged ZIP64 records are refused with what is wrong", () => {
    const zip64 = () =>
      buildZip(
        [
          { name: "_rels/.rels", data: rels("word/document.xml") },
          { name: "word/document.xml", data: documentXml(HELLO) },
        ],
        { zip64: true },
      );
    test("a locator that points at no ZIP64 directory", () => {
      const bytes = zip64();
      bytes[lastSignature(bytes, 0x06064b50)] = 0;
      expect(errorOf(bytes)).toBe("Die Datei ist beschädigt (ZIP64-Verzeichnis nicht gefunden).");
    });

    test("an offset beyond what a file can hold", () => {
      const bytes = zip64();
      bytes[lastSignature(bytes, 0x07064b50) + 8 + 7] = 0x01; // the record's offset, its highest byte
      expect(errorOf(bytes)).toBe("Die Datei ist beschädigt (unmögliche Größenangabe im ZIP64-Verzeichnis).");
    });

    test("an entry's ZIP64 field too short for the sizes it must hold", () => {
      const bytes = zip64();
      const header = lastSignature(bytes, 0x02014b50); // the document's entry in the central directory
      const nameLength = bytes[header + 28] | (bytes[header + 29] << 8);
      bytes[header + 46 + nameLength + 2] = 16; // the extra field says 16 bytes, three values need 24
      expect(errorOf(bytes)).toBe("Die Datei ist beschädigt (ZIP64-Angaben unvollständig).");
    });
  });
});

// The command line inflates with Node's zlib, everything else with fflate: both hold against every bomb.
describe.each([
  ["fflate", undefined],
  ["Node's zlib", nodeInflater],
])("zip bombs, inflated by %s", (_, inflater) => {
  const errorOf = (bytes: Uint8Array) => errorOfWith(bytes, inflater);
  const textOfDocx = (bytes: Uint8Array) => textOfDocxWith(bytes, inflater);

  test("the test's bomb builder writes real DEFLATE", () => {
    expect(inflateSync(spacesBomb(1000))).toEqual(new Uint8Array(1 + 258 * 3).fill(0x20));
  });

  const GIGABYTE = 1024 * 1024 * 1024;

  /**
   * Milliseconds to refuse `bytes` (after one read to warm the code), against those to inflate 64 MB of the same bomb
   * in full, measured beside it: a busy machine slows both alike, where a fixed bound failed a CI run (603 ms for 500).
   */
  function refusalAgainstInflating64MB(bytes: Uint8Array): { refusal: number; inflating: number } {
    errorOf(bytes);
    const refusalStarted = performance.now();
    errorOf(bytes);
    const refusal = performance.now() - refusalStarted;
    const bomb = spacesBomb(64 * 1024 * 1024);
    const inflatingStarted = performance.now();
    inflateSync(bomb, { out: new Uint8Array(64 * 1024 * 1024) });
    return { refusal, inflating: performance.now() - inflatingStarted };
  }

  test("a document part that declares 1 GB is refused before anything is inflated", () => {
    const bytes = buildZip([
      { name: "_rels/.rels", data: rels("word/document.xml") },
      { name: "word/document.xml", data: new Uint8Array(0), compressed: spacesBomb(GIGABYTE), declaredSize: GIGABYTE },
    ]);
    expect(errorOf(bytes)).toBe("Die Datei entpackt sich zu mehr als 256 MB (ZIP-Bombe?) und wird nicht gelesen.");
    const { refusal, inflating } = refusalAgainstInflating64MB(bytes);
    expect(refusal).toBeLessThan(inflating);
  });

  test("a part that declares 100 bytes and inflates to 1 GB is stopped while inflating, right after the 100 bytes", () => {
    const bytes = buildZip([
      { name: "_rels/.rels", data: rels("word/document.xml") },
      { name: "word/document.xml", data: new Uint8Array(0), compressed: spacesBomb(GIGABYTE), declaredSize: 100 },
    ]);
    expect(errorOf(bytes)).toBe("Die Datei ist beschädigt (ein Teil ist größer als angegeben).");
    const { refusal, inflating } = refusalAgainstInflating64MB(bytes);
    expect(refusal).toBeLessThan(inflating);
  });

  // A small part is inflated in one call (its worst case is small); these hold there as well as when streamed.
  test("a small part that declares 100 bytes and inflates to 10 MB is refused as larger than declared", () => {
    const bytes = buildZip([
      { name: "_rels/.rels", data: rels("word/document.xml") },
      { name: "word/document.xml", data: new Uint8Array(0), compressed: spacesBomb(10_000_000), declaredSize: 100 },
    ]);
    expect(errorOf(bytes)).toBe("Die Datei ist beschädigt (ein Teil ist größer als angegeben).");
  });

  test("a small part whose stored (uncompressed) deflate block is longer than declared is refused as larger than declared", () => {
    const document = new TextEncoder().encode(documentXml(HELLO));
    const stored = new Uint8Array(5 + document.length);
    stored.set([
      0x01,
      document.length & 0xff,
      document.length >> 8,
      ~document.length & 0xff,
      (~document.length >> 8) & 0xff,
    ]);
    stored.set(document, 5);
    const zipWith = (declaredSize: number) =>
      buildZip([
        { name: "_rels/.rels", data: rels("word/document.xml") },
        { name: "word/document.xml", data: document, compressed: stored, declaredSize },
      ]);
    expect(textOfDocx(zipWith(document.length))).toBe("Hallo Welt");
    expect(errorOf(zipWith(100))).toBe("Die Datei ist beschädigt (ein Teil ist größer als angegeben).");
  });

  test("a small part that declares more than its stream holds is damaged, and no buffer of the claim is made", () => {
    const document = documentXml(HELLO);
    for (const declaredSize of [document.length + 1, GIGABYTE / 8]) {
      const bytes = buildZip([
        { name: "_rels/.rels", data: rels("word/document.xml") },
        { name: "word/document.xml", data: document, declaredSize },
      ]);
      expect(errorOf(bytes)).toBe("Die Datei ist beschädigt (Prüfsumme von „word/document.xml“ stimmt nicht).");
    }
  });

  test("a part too large to inflate in one call is inflated in chunks, whole and unchanged", () => {
    // Text that hardly compresses: its stream is larger than one call may take (64 MB / 1,032 ≈ 64 KB).
    let seed = 1;
    const words = Array.from({ length: 40_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed.toString(36);
    }).join(" ");
    const document = documentXml(`<w:p><w:r><w:t>${words}</w:t></w:r></w:p>`);
    const bytes = buildZip([
      { name: "_rels/.rels", data: rels("word/document.xml") },
      { name: "word/document.xml", data: document },
    ]);
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(textOfDocx(bytes)).toBe(words);
    const cut = buildZip([
      { name: "_rels/.rels", data: rels("word/document.xml") },
      { name: "word/document.xml", data: document, compressed: deflateSync(strToU8(document)).subarray(0, -1000) },
    ]);
    expect(errorOf(cut)).toBe("Die Datei ist beschädigt (komprimierte Daten fehlerhaft oder abgeschnitten).");
  });

  test("an empty part, deflated, reads as empty", () => {
    const empty = new Uint8Array(0);
    const zip = new ZipArchive(
      buildZip([{ name: "leer.xml", data: empty, compressed: deflateSync(empty) }]),
      DEFAULT_ZIP_LIMITS,
      inflater,
    );
    expect(zip.read(zip.find("leer.xml")!)).toEqual(new Uint8Array(0));
  });

  test("the total of inflated bytes is bounded across parts", () => {
    const document = documentXml(HELLO.repeat(200));
    const bytes = buildZip([
      { name: "_rels/.rels", data: rels("word/document.xml") },
      { name: "word/document.xml", data: document },
    ]);
    expect(readDocx(bytes, { maxEntries: 10, maxInflatedBytes: document.length + 1000 }, inflater).ok).toBe(true);
    const tight = readDocx(bytes, { maxEntries: 10, maxInflatedBytes: document.length }, inflater);
    expect(tight).toEqual({
      ok: false,
      error: `Die Datei entpackt sich zu mehr als ${Math.round(document.length / 1024)} KB (ZIP-Bombe?) und wird nicht gelesen.`,
    });
  });

  test("a directory claiming a million entries is refused before it is read", () => {
    const bytes = buildZip([{ name: "_rels/.rels", data: rels("word/document.xml") }], { declaredCount: 0xffff });
    expect(errorOf(bytes)).toMatch(/65535 Einträge, mehr als 10000/);
  });
});

describe("hostile XML inside the package", () => {
  test("a DTD (billion laughs) in the document or the relationships is refused, not expanded", () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const doc = buildZip([
      { name: "_rels/.rels", data: rels("word/document.xml") },
      {
        name: "word/document.xml",
        data: `${laughs}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`,
      },
    ]);
    expect(errorOf(doc)).toMatch(/DTD/);
    const relsWithDtd = buildZip([
      { name: "_rels/.rels", data: laughs + rels("word/document.xml").replace(/^<\?xml[^>]*\?>/, "") },
    ]);
    expect(errorOf(relsWithDtd)).toMatch(/^Der Teil „_rels\/\.rels“ enthält eine DTD/);
  });

  test("100,000 nested controls are refused without overflowing the stack", () => {
    const deep = "<w:sdt><w:sdtContent>".repeat(100_000) + "</w:sdtContent></w:sdt>".repeat(100_000);
    expect(errorOf(minimalDocx(deep))).toBe("Das Dokument ist zu tief verschachtelt, um es zu lesen.");
  });

  test("nesting below the bound is read", () => {
    const depth = 900; // each level is two elements (w:sdt, w:sdtContent)
    const nested = "<w:sdt><w:sdtContent>".repeat(depth) + HELLO + "</w:sdtContent></w:sdt>".repeat(depth);
    const result = readDocx(minimalDocx(nested));
    if (!result.ok) throw new Error(result.error);
    expect(controlsOf(result.body)).toHaveLength(depth);
  });

  test("malformed XML is a message", () => {
    expect(errorOf(minimalDocx("<w:p><w:r>"))).toMatch(/^Das Dokument ist kein gültiges XML/);
  });

  test.each([
    ["little", [0xff, 0xfe]],
    ["big", [0xfe, 0xff]],
  ] as const)("a document part in UTF-16, %s-endian with its byte order mark, is read", (_, bom) => {
    const xml = documentXml(HELLO).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set(bom);
    const [low, high] = bom[0] === 0xff ? [2, 3] : [3, 2];
    for (let i = 0; i < xml.length; i++) {
      utf16[low + 2 * i] = xml.charCodeAt(i) & 0xff;
      utf16[high + 2 * i] = xml.charCodeAt(i) >> 8;
    }
    const bytes = buildZip([
      { name: "_rels/.rels", data: rels("word/document.xml") },
      { name: "word/document.xml", data: utf16 },
    ]);
    expect(textOfDocx(bytes)).toBe("Hallo Welt");
  });

  test("an external officeDocument relationship (a URL) is not taken for the main part", () => {
    const external = rels("word/document.xml").replace(
      'Target="word/document.xml"',
      'Target="word/document.xml" TargetMode="External"',
    );
    const bytes = buildZip([
      { name: "_rels/.rels", data: external },
      { name: "word/document.xml", data: documentXml(HELLO) },
    ]);
    expect(errorOf(bytes)).toMatch(/kein Hauptdokument/);
  });
});

test("packages written by a general ZIP library (fflate) are read", () => {
  const bytes = zipSync({
    "_rels/.rels": strToU8(rels("word/document.xml")),
    "word/document.xml": strToU8(documentXml(HELLO)),
  });
  expect(textOfDocx(bytes)).toBe("Hallo Welt");
});
