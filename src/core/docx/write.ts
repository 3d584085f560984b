/**
 * Writes body WordprocessingML (what buildAnswer returns, the same the add-in inserts) into a complete,
 * minimal .docx package. Deterministic: the same body gives the same bytes.
 */
import { strToU8, zipSync } from "fflate";
import {
  CONTENT_TYPES,
  DOCUMENT_RELATIONSHIPS,
  PACKAGE_RELATIONSHIPS,
  documentPart,
  relationshipsPart,
} from "../ooxml/package";
import { stylesPart, W_NS } from "../ooxml/styles";
import { el, escapeXml } from "../ooxml/xml";
import { CUSTOM_PROPERTIES_TYPES } from "./opc";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CORE_PROPERTIES_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
/** The format id every user-defined custom property carries (ECMA-376 Part 1, 22.3.2.2). */
const CUSTOM_PROPERTY_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

const EXTRA_CONTENT_TYPES = {
  settings: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  custom: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
};

export interface DocxOptions {
  /** Document title in the file's properties (src/core/document/title.ts); a file without one has none. */
  title?: string;
  /** Custom document properties (name → text), as the add-in records them (the inquiry's arrival, say). */
  properties?: Record<string, string>;
}

function contentTypesPart(withCustom: boolean): string {
  const override = (part: string, type: string) => el("Override", { PartName: part, ContentType: type });
  return (
    XML_DECLARATION +
    el(
      "Types",
      { xmlns: "http://schemas.openxmlformats.org/package/2006/content-types" },
      el("Default", { Extension: "rels", ContentType: CONTENT_TYPES.relationships }),
      el("Default", { Extension: "xml", ContentType: "application/xml" }),
      override("/word/document.xml", CONTENT_TYPES.document),
      override("/word/styles.xml", CONTENT_TYPES.styles),
      override("/word/settings.xml", EXTRA_CONTENT_TYPES.settings),
      override("/docProps/core.xml", EXTRA_CONTENT_TYPES.core),
      override("/docProps/app.xml", EXTRA_CONTENT_TYPES.app),
      withCustom ? override("/docProps/custom.xml", EXTRA_CONTENT_TYPES.custom) : "",
    )
  );
}

/** Word 2013+ mode: without it Word opens the file in compatibility mode and hides newer control features. */
export function settingsPart(): string {
  const compat = el(
    "w:compat",
    {},
    el("w:compatSetting", {
      "w:name": "compatibilityMode",
      "w:uri": "http://schemas.microsoft.com/office/word",
      "w:val": 15,
    }),
  );
  return XML_DECLARATION + el("w:settings", { "xmlns:w": W_NS }, el("w:defaultTabStop", { "w:val": 709 }), compat);
}

function corePropertiesPart(title: string): string {
  return (
    XML_DECLARATION +
    el(
      "cp:coreProperties",
      {
        "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        "xmlns:dc": "http://purl.org/dc/elements/1.1/",
      },
      `<dc:title>${escapeXml(title)}</dc:title>`,
      "<dc:language>de-DE</dc:language>",
    )
  );
}

function appPropertiesPart(): string {
  return (
    XML_DECLARATION +
    el(
      "Properties",
      { xmlns: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" },
      "<Application>Ratsantwort</Application>",
    )
  );
}

/** Text properties, as Word's customProperties.add(name, text) stores them; ids start at 2 by the standard. */
function customPropertiesPart(properties: Record<string, string>): string {
  const property = ([name, value]: [string, string], i: number) =>
    el("property", { fmtid: CUSTOM_PROPERTY_FMTID, pid: i + 2, name }, `<vt:lpwstr>${escapeXml(value)}</vt:lpwstr>`);
  return (
    XML_DECLARATION +
    el(
      "Properties",
      {
        xmlns: "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
        "xmlns:vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
      },
      ...Object.entries(properties).map(property),
    )
  );
}

function packageRelationships(withCustom: boolean) {
  return [
    ...PACKAGE_RELATIONSHIPS,
    { id: "rId2", type: CORE_PROPERTIES_REL, target: "docProps/core.xml" },
    { id: "rId3", type: `${REL}/extended-properties`, target: "docProps/app.xml" },
    ...(withCustom ? [{ id: "rId4", type: CUSTOM_PROPERTIES_TYPES.transitional, target: "docProps/custom.xml" }] : []),
  ];
}

const DOCUMENT_RELATIONSHIPS_WITH_SETTINGS = [
  ...DOCUMENT_RELATIONSHIPS,
  { id: "rId2", type: `${REL}/settings`, target: "settings.xml" },
];

/** A fixed time stamp keeps the output reproducible (ZIP cannot store dates before 1980). */
const FIXED_MTIME = new Date(Date.UTC(2020, 0, 1));

/** A complete .docx with `bodyXml` as its body, on A4 with 2 cm margins. */
export function writeDocx(bodyXml: string, options: DocxOptions = {}): Uint8Array {
  const properties = options.properties ?? {};
  const withCustom = Object.keys(properties).length > 0;
  const parts: Record<string, string> = {
    "[Content_Types].xml": contentTypesPart(withCustom),
    "_rels/.rels": relationshipsPart(packageRelationships(withCustom)),
    "word/document.xml": documentPart(bodyXml, true),
    "word/_rels/document.xml.rels": relationshipsPart(DOCUMENT_RELATIONSHIPS_WITH_SETTINGS),
    "word/styles.xml": XML_DECLARATION + stylesPart(),
    "word/settings.xml": settingsPart(),
    "docProps/core.xml": corePropertiesPart(options.title ?? ""),
    "docProps/app.xml": appPropertiesPart(),
  };
  if (withCustom) parts["docProps/custom.xml"] = customPropertiesPart(properties);
  const files = Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)]));
  return zipSync(files, { level: 6, mtime: FIXED_MTIME });
}
