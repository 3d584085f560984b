/** The ZIP reader on archives that are odd but valid, and on damage in each of its records: read, or one exact message. */
import { describe, expect, test } from "@jest/globals";
import { deflateSync, strToU8 } from "fflate";
import { ZipArchive, ZipError, type ZipLimits } from "../../../src/core/docx/zip";
import { buildZip, lastSignature, type RawEntry } from "./zipBuilder";

const A = { name: "a.xml", data: "<a>erster Teil</a>" };
const B = { name: "b.xml", data: "<b>zweiter Teil</b>" };

/** Every entry's name and text, in directory order. */
function contents(bytes: Uint8Array, limits?: ZipLimits): [string, string][] {
  const zip = new ZipArchive(bytes, limits);
  return zip.entries.map((entry) => [entry.name, new TextDecoder().decode(zip.read(entry))]);
}

function errorOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof ZipError) return error.message;
    throw error;
  }
  throw new Error("expected a ZipError");
}

const readAll = (bytes: Uint8Array, limits?: ZipLimits) => () => contents(bytes, limits);

const LOCAL = 0x04034b50;
const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_RECORD = 0x06064b50;

describe("archives that are odd but valid", () => {
  test("a comment after the directory, of the greatest length ZIP allows, and holding a signature", () => {
    const comment = `PK\x05\x06${"x".repeat(0xffff - 4)}`;
    expect(contents(buildZip([A, B], { comment }))).toEqual([
      ["a.xml", "<a>erster Teil</a>"],
      ["b.xml", "<b>zweiter Teil</b>"],
    ]);
  });

  test("bytes appended after the archive, even ones that hold the end record's signature", () => {
    const archive = buildZip([A]);
    const appended = new Uint8Array(archive.length + 100).fill(0x78);
    appended.set(archive);
    expect(contents(appended)).toEqual([["a.xml", "<a>erster Teil</a>"]]);
    appended.set(strToU8("PK\x05\x06"), archive.length + 50);
    expect(contents(appended)).toEqual([["a.xml", "<a>erster Teil</a>"]]);
  });

  test("entries with comments and with extra fields in their local headers", () => {
    const extra = new Uint8Array([0x55, 0x54, 5, 0, 1, 2, 3, 4, 5]); // an extended timestamp, as Info-ZIP writes
    const entries: RawEntry[] = [
      { ...A, comment: "Anmerkung", localExtra: extra },
      { ...B, comment: "noch eine" },
    ];
    expect(contents(buildZip(entries))).toEqual([
      ["a.xml", "<a>erster Teil</a>"],
      ["b.xml", "<b>zweiter Teil</b>"],
    ]);
  });

  test("a compressed entry without a single byte of data reads as empty", () => {
    expect(contents(buildZip([{ ...A, data: "", compressed: new Uint8Array(0) }]))).toEqual([["a.xml", ""]]);
  });

  test("stored (uncompressed) entries", () => {
    expect(contents(buildZip([{ ...A, method: 0 }]))).toEqual([["a.xml", "<a>erster Teil</a>"]]);
  });

  test("ZIP64 fields holding only the values that overflow, after a field of another kind", () => {
    const timestamp = new Uint8Array([0x55, 0x54, 5, 0, 1, 2, 3, 4, 5]);
    const entries: RawEntry[] = [
      { ...A, zip64: ["offset"], centralExtra: timestamp },
      { ...B, zip64: ["size", "compressedSize"] },
    ];
    expect(contents(buildZip(entries))).toEqual([
      ["a.xml", "<a>erster Teil</a>"],
      ["b.xml", "<b>zweiter Teil</b>"],
    ]);
  });

  test("an empty archive, also with bytes after it", () => {
    const empty = buildZip([]);
    expect(contents(empty)).toEqual([]);
    const appended = new Uint8Array(empty.length + 10).fill(0x78);
    appended.set(empty);
    expect(contents(appended)).toEqual([]);
  });

  test("the end record's signature inside the last part's data, before the real one", () => {
    const last = { name: "z.bin", data: strToU8("PK\x05\x06 kein Ende"), method: 0 };
    expect(contents(buildZip([A, last]))).toEqual([
      ["a.xml", "<a>erster Teil</a>"],
      ["z.bin", "PK\x05\x06 kein Ende"],
    ]);
  });

  test("a ZIP64 archive whose end record marks only one of its values as moved", () => {
    for (const moved of ["count", "size", "offset"]) {
      const bytes = buildZip([A, B], { zip64: true });
      const view = new DataView(bytes.buffer, bytes.byteOffset);
      const record = lastSignature(bytes, ZIP64_RECORD);
      const directory = { count: 2, size: Number(view.getBigUint64(record + 40, true)) };
      const end = lastSignature(bytes, END);
      if (moved !== "count") [8, 10].forEach((at) => view.setUint16(end + at, directory.count, true));
      if (moved !== "size") view.setUint32(end + 12, directory.size, true);
      if (moved !== "offset") view.setUint32(end + 16, record - directory.size, true);
      expect([moved, contents(bytes).map(([name]) => name)]).toEqual([moved, ["a.xml", "b.xml"]]);
    }
  });

  test("of two names that differ only in case, the first is found", () => {
    const zip = new ZipArchive(buildZip([A, { name: "A.XML", data: "<a>zweiter</a>" }]));
    expect(new TextDecoder().decode(zip.read(zip.find("a.xml")!))).toBe("<a>erster Teil</a>");
    expect(zip.find("A.Xml")).toBe(zip.entries[0]);
  });

  test("exactly as many entries as allowed, and exactly as many bytes as the budget", () => {
    const size = A.data.length + B.data.length;
    expect(contents(buildZip([A, B]), { maxEntries: 2, maxInflatedBytes: size })).toHaveLength(2);
  });
});

describe("damage in each record is named", () => {
  test("a multi-part (spanned) archive, by either of its disk numbers", () => {
    for (const field of [4, 6]) {
      const bytes = buildZip([A]);
      bytes[lastSignature(bytes, END) + field] = 1;
      expect(errorOf(readAll(bytes))).toBe(
        "Die Datei ist ein mehrteiliges ZIP-Archiv; solche Archive werden nicht gelesen.",
      );
    }
  });

  test("a directory that runs past the end of the file, or an entry's comment that does", () => {
    const beyondTheEnd = "Die Datei ist beschädigt oder unvollständig (Verweis hinter das Dateiende).";
    const longDirectory = buildZip([A]);
    new DataView(longDirectory.buffer).setUint32(lastSignature(longDirectory, END) + 12, 0xfffff, true);
    expect(errorOf(readAll(longDirectory))).toBe(beyondTheEnd);
    const longComment = buildZip([{ ...A, centralExtra: new Uint8Array([0x55, 0x54, 1, 0, 7]) }]);
    new DataView(longComment.buffer).setUint16(lastSignature(longComment, CENTRAL) + 32, 0xffff, true);
    expect(errorOf(readAll(longComment))).toBe(beyondTheEnd);
  });

  test("an end record alone that claims ZIP64's count has no room for a locator before it", () => {
    const bytes = buildZip([], { declaredCount: 0xffff });
    expect(bytes.length).toBe(22);
    expect(errorOf(readAll(bytes))).toBe("Das ZIP-Archiv hat 65535 Einträge, mehr als 10000; es wird nicht gelesen.");
  });

  test("a directory beyond the end of the file", () => {
    const bytes = buildZip([A]);
    bytes[bytes.length - 6] = 0xff; // the directory's offset, its lowest byte
    bytes[bytes.length - 5] = 0xff;
    expect(errorOf(readAll(bytes))).toBe("Die Datei ist beschädigt oder unvollständig (Verweis hinter das Dateiende).");
  });

  test("an entry of the directory without its signature", () => {
    const bytes = buildZip([A, B]);
    bytes[lastSignature(bytes, CENTRAL)] = 0;
    expect(errorOf(readAll(bytes))).toBe("Die Datei ist beschädigt (Eintrag im ZIP-Inhaltsverzeichnis ungültig).");
  });

  test("a part that is not where the directory says", () => {
    const bytes = buildZip([A, B]);
    bytes[lastSignature(bytes, LOCAL)] = 0;
    expect(errorOf(readAll(bytes))).toBe("Die Datei ist beschädigt (Teil „b.xml“ nicht an der angegebenen Stelle).");
  });

  test("compressed data that is no DEFLATE stream", () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    const bytes = buildZip([{ ...A, compressed: garbage }]);
    expect(errorOf(readAll(bytes))).toBe(
      "Die Datei ist beschädigt (komprimierte Daten fehlerhaft oder abgeschnitten).",
    );
  });

  test("a ZIP64 directory at or beyond 4 GB, in a file far smaller", () => {
    const zip64At = (highPart: number) => {
      const bytes = buildZip([A], { zip64: true });
      const high = lastSignature(bytes, ZIP64_LOCATOR) + 8 + 4; // the record's offset, its upper four bytes
      new DataView(bytes.buffer, bytes.byteOffset).setUint32(high, highPart, true);
      return bytes;
    };
    const beyondTheEnd = "Die Datei ist beschädigt oder unvollständig (Verweis hinter das Dateiende).";
    expect(errorOf(readAll(zip64At(1)))).toBe(beyondTheEnd);
    expect(errorOf(readAll(zip64At(0x1fffff)))).toBe(beyondTheEnd); // the largest a safe integer holds
    expect(errorOf(readAll(zip64At(0x200000)))).toBe(
      "Die Datei ist beschädigt (unmögliche Größenangabe im ZIP64-Verzeichnis).",
    );
  });

  test("a budget of exactly one megabyte is named in megabytes", () => {
    const big = { name: "gross.xml", data: new Uint8Array(1024 * 1024 + 1), compressed: deflateSync(strToU8("")) };
    expect(errorOf(readAll(buildZip([big]), { maxEntries: 10, maxInflatedBytes: 1024 * 1024 }))).toBe(
      "Die Datei entpackt sich zu mehr als 1 MB (ZIP-Bombe?) und wird nicht gelesen.",
    );
  });
});
