/**
 * Property-based, over generated packages: whatever a .docx holds (nesting, element and attribute names that are
 * names of JavaScript's objects, counts past the limits, deep package parts), reading and checking end with a result
 * or a German message, never an exception and never a message carrying JavaScript's own words.
 */
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { checkDocument } from "../../../src/core/check";
import { readDocx } from "../../../src/core/docx";
import { defaultProfile } from "../../../src/core/profile";
import { snapshotOfDocument } from "../../../src/core/recognise";

const profile = defaultProfile();
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CONTENT_TYPES =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>';
const RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

const NAMES = [
  "w:p",
  "w:r",
  "w:t",
  "w:sdt",
  "w:sdtPr",
  "w:sdtContent",
  "w:tag",
  "w:alias",
  "w:lock",
  "w:tbl",
  "w:tr",
  "w:tc",
  "w:br",
  "w:tab",
  "w:constructor",
  "w:__proto__",
  "w:toString",
  "w:hasOwnProperty",
  "w:valueOf",
  "x:y",
  "mc:Fallback",
  "w:delText",
  "w:showingPlcHdr",
];
const VALUES = [
  "__proto__",
  "constructor",
  "ratsantwort:1:wuppertal@1.0:s:header",
  "ratsantwort:1:wuppertal@1.0:f:header.author",
  "sdtLocked",
  "x",
  "",
];
const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A random element: a name, maybe a w:val, and children or text. */
const { element } = fc.letrec<{ element: string }>((tie) => ({
  element: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.string({ maxLength: 12 }).map(escape),
    fc
      .tuple(
        fc.constantFrom(...NAMES),
        fc.option(fc.constantFrom(...VALUES)),
        fc.array(tie("element"), { maxLength: 4 }),
      )
      .map(
        ([name, value, children]) =>
          `<${name}${value === null ? "" : ` w:val="${escape(value)}"`}>${children.join("")}</${name}>`,
      ),
  ),
}));

/** Nesting as deep as the arbitrary says, around the generated content. */
const nested = (depth: number, inner: string) =>
  "<w:sdt><w:sdtContent>".repeat(depth) + inner + "</w:sdtContent></w:sdt>".repeat(depth);

const packageArbitrary = fc.record({
  // Each top-level part repeated: counts into the thousands.
  body: fc
    .array(fc.tuple(element, fc.constantFrom(1, 1, 2, 200, 2000)), { maxLength: 6 })
    .map((parts) => parts.map(([part, times]) => part.repeat(times)).join("")),
  depth: fc.constantFrom(0, 1, 50, 3000),
  relsDepth: fc.constantFrom(0, 0, 100, 10_000),
});

function docx({ body, depth, relsDepth }: { body: string; depth: number; relsDepth: number }): Uint8Array {
  const document = `<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x="urn:x"><w:body>${nested(depth, body)}</w:body></w:document>`;
  const rels = RELS.replace(
    "</Relationships>",
    `${"<a>".repeat(relsDepth)}${"</a>".repeat(relsDepth)}</Relationships>`,
  );
  return zipSync({
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(rels),
    "word/document.xml": strToU8(document),
  });
}

const GERMAN_MESSAGE = /^(Die Datei|Das Dokument|Der Teil|Das ZIP-Archiv)/;
const JAVASCRIPT_WORDS =
  /TypeError|RangeError|is not a function|Cannot read|undefined|Maximum call stack|Unexpected token/;

describe("any generated package", () => {
  test("is read and checked, or refused with a German message; nothing throws", () => {
    fc.assert(
      fc.property(packageArbitrary, (pkg) => {
        const read = readDocx(docx(pkg));
        if (!read.ok) {
          expect(read.error).toMatch(GERMAN_MESSAGE);
          expect(read.error).not.toMatch(JAVASCRIPT_WORDS);
          return;
        }
        const findings = checkDocument(snapshotOfDocument(read.body, profile), profile, {
          today: { year: 2026, month: 12, day: 1 },
        });
        expect(Array.isArray(findings)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
