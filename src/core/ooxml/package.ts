/** Wrapping body XML for its two destinations: Word's insertOoxml (Flat OPC) and a .docx main part. */
import { el } from "./xml";
import { stylesPart, W_NS } from "./styles";

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";

export const CONTENT_TYPES = {
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  document: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
};

/** A4 portrait with 2 cm margins, the German office standard. */
const A4_SECTION = el(
  "w:sectPr",
  {},
  el("w:pgSz", { "w:w": 11906, "w:h": 16838 }),
  el("w:pgMar", {
    "w:top": 1134,
    "w:right": 1134,
    "w:bottom": 1134,
    "w:left": 1134,
    "w:header": 709,
    "w:footer": 709,
    "w:gutter": 0,
  }),
);

/** The main document part; `withSection` adds page setup (for a file of its own, not for insertion). */
export function documentPart(body: string, withSection: boolean): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    el("w:document", { "xmlns:w": W_NS, "xmlns:r": R_NS }, el("w:body", {}, body, withSection ? A4_SECTION : ""))
  );
}

export function relationshipsPart(relationships: { id: string; type: string; target: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    el(
      "Relationships",
      { xmlns: RELATIONSHIPS_NS },
      ...relationships.map((r) => el("Relationship", { Id: r.id, Type: r.type, Target: r.target })),
    )
  );
}

export const PACKAGE_RELATIONSHIPS = [{ id: "rId1", type: OFFICE_DOCUMENT_REL, target: "word/document.xml" }];
export const DOCUMENT_RELATIONSHIPS = [{ id: "rId1", type: STYLES_REL, target: "styles.xml" }];

function flatPart(name: string, contentType: string, xml: string): string {
  const withoutDeclaration = xml.replace(/^<\?xml[^>]*\?>/, "");
  return el(
    "pkg:part",
    { "pkg:name": name, "pkg:contentType": contentType },
    el("pkg:xmlData", {}, withoutDeclaration),
  );
}

/** Flat OPC, the form Word's insertOoxml takes: body content plus the styles it uses. */
export function flatOpcPackage(body: string): string {
  return (
    '<?xml version="1.0" standalone="yes"?>' +
    el(
      "pkg:package",
      { "xmlns:pkg": PKG_NS },
      flatPart("/_rels/.rels", CONTENT_TYPES.relationships, relationshipsPart(PACKAGE_RELATIONSHIPS)),
      flatPart("/word/_rels/document.xml.rels", CONTENT_TYPES.relationships, relationshipsPart(DOCUMENT_RELATIONSHIPS)),
      flatPart("/word/document.xml", CONTENT_TYPES.document, documentPart(body, false)),
      flatPart("/word/styles.xml", CONTENT_TYPES.styles, stylesPart()),
    )
  );
}
