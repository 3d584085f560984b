/** rewriteMainPart: the main part as the edit returns it, every other part byte for byte as it was. */
import { describe, expect, test } from "@jest/globals";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { rewriteMainPart } from "../../../src/core/docx";
import { buildZip, documentXml, rels } from "./zipBuilder";

const IMAGE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 250, 251]);
const STYLES = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`;
const HELLO = documentXml("<w:p><w:r><w:t>Hallo</w:t></w:r></w:p>");

const packageWith = (extra: Parameters<typeof buildZip>[0] = []) =>
  buildZip([
    { name: "_rels/.rels", data: rels("word/document.xml") },
    { name: "word/", data: "" },
    { name: "word/document.xml", data: HELLO },
    { name: "word/styles.xml", data: STYLES },
    { name: "word/media/image1.png", data: IMAGE, method: 0 },
    ...extra,
  ]);

const toGoodbye = (xml: string) => ({ ok: true as const, xml: xml.replace("Hallo", "Tschüss") });

describe("rewriteMainPart", () => {
  test("rewrites the main part and keeps every other part as it was; folders are not copied as parts", () => {
    const result = rewriteMainPart(packageWith(), toGoodbye);
    if (!result.ok) throw new Error(result.error);
    const parts = unzipSync(result.bytes);
    expect(Object.keys(parts).sort()).toEqual([
      "_rels/.rels",
      "word/document.xml",
      "word/media/image1.png",
      "word/styles.xml",
    ]);
    expect(strFromU8(parts["word/document.xml"])).toBe(HELLO.replace("Hallo", "Tschüss"));
    expect(strFromU8(parts["word/styles.xml"])).toBe(STYLES);
    expect(parts["word/media/image1.png"]).toEqual(IMAGE);
  });

  test("of two entries with one name, the first is kept", () => {
    const result = rewriteMainPart(packageWith([{ name: "word/styles.xml", data: "<zweite/>" }]), toGoodbye);
    if (!result.ok) throw new Error(result.error);
    expect(strFromU8(unzipSync(result.bytes)["word/styles.xml"])).toBe(STYLES);
  });

  test("an edit that refuses is passed on, and nothing is written", () => {
    const refused = rewriteMainPart(packageWith(), () => ({ ok: false, error: "Nicht erlaubt." }));
    expect(refused).toEqual({ ok: false, error: "Nicht erlaubt." });
  });

  test("a file that is no .docx is refused before any edit", () => {
    let edited = false;
    const result = rewriteMainPart(strToU8("kein ZIP"), (xml) => {
      edited = true;
      return { ok: true, xml };
    });
    expect(result).toEqual({ ok: false, error: "Die Datei ist keine .docx-Datei (kein ZIP-Archiv)." });
    expect(edited).toBe(false);
  });

  test("a damaged part beside the main one is a message, not a half-written copy", () => {
    const damaged = packageWith([{ name: "word/media/image2.png", data: IMAGE, crc: 1 }]);
    expect(rewriteMainPart(damaged, toGoodbye)).toEqual({
      ok: false,
      error: "Die Datei ist beschädigt (Prüfsumme von „word/media/image2.png“ stimmt nicht).",
    });
  });

  test("an error of the edit itself is not mistaken for damage of the file", () => {
    expect(() =>
      rewriteMainPart(packageWith(), () => {
        throw new TypeError("Fehler im Programm");
      }),
    ).toThrow(TypeError);
  });
});
