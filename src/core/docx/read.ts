/**
 * Reads a .docx (or .docm/.dotx) file into the body tree the check works on. Every failure is a German
 * one-line message; nothing in a hostile file can make it throw, loop or fill memory.
 */
import { STRICT_WORD_NAMESPACE } from "../ooxml/namespaces";
import { readWordBody } from "../ooxml/read";
import type { WmlNode } from "../ooxml/tree";
import { styleFactsOrNull, type StyleFacts } from "../ooxml/documentStyles";
import {
  CUSTOM_PROPERTIES_TYPES,
  OFFICE_DOCUMENT_TYPES,
  isWordMainContentType,
  parseContentTypes,
  parseCoreTitle,
  parseCustomProperties,
  parseRelationships,
  resolvePackageTarget,
  type Relationship,
} from "./opc";
import { DEFAULT_ZIP_LIMITS, ZipArchive, ZipError, type Inflater, type ZipLimits } from "./zip";

export type DocxResult =
  /** `properties`: the custom document properties (name → text), empty when the file has none. */
  | {
      ok: true;
      body: WmlNode[];
      strict: boolean;
      mainPart: string;
      properties: Record<string, string>;
      /** The styles part's facts, null when the file has none that can be read (nothing is said of its language). */
      styles: StyleFacts | null;
      /** The document's title (core properties), "" when none is set. */
      title: string;
    }
  | { ok: false; error: string };

/** A problem the user should read; anything else thrown is a bug, reported as damage rather than a crash. */
class DocxError extends Error {}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Compound File (OLE): how Word stores encrypted .docx files, and how legacy .doc files look. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];

function checkSignature(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new DocxError(
      "Die Datei ist verschlüsselt (Kennwortschutz) oder im alten .doc-Format; bitte in Word ohne Kennwort als .docx speichern.",
    );
  }
  if (bytes.length === 0) throw new DocxError("Die Datei ist leer; keine .docx-Datei.");
  if (!ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
    throw new DocxError("Die Datei ist keine .docx-Datei (kein ZIP-Archiv).");
  }
}

/** XML parts are UTF-8 or, with a byte order mark, UTF-16 (both allowed by OPC). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

function readPart(zip: ZipArchive, name: string): string | null {
  const entry = zip.find(name);
  return entry ? decodeXml(zip.read(entry)) : null;
}

function packageRelationships(zip: ZipArchive): Relationship[] {
  const rels = readPart(zip, "_rels/.rels");
  if (rels === null)
    throw new DocxError("Die Datei ist kein Office-Dokument: die Paketbeziehungen (_rels/.rels) fehlen.");
  return parseRelationships(rels, "_rels/.rels").filter((r) => !r.external);
}

function findMainPart(zip: ZipArchive, relationships: Relationship[]): { name: string; strictRelationship: boolean } {
  const main = relationships.find(
    (r) => r.type === OFFICE_DOCUMENT_TYPES.transitional || r.type === OFFICE_DOCUMENT_TYPES.strict,
  );
  if (!main) throw new DocxError("Die Datei hat kein Hauptdokument (keine officeDocument-Beziehung in _rels/.rels).");
  const name = resolvePackageTarget(main.target);
  const entry = name === null ? undefined : zip.find(name);
  if (!entry) throw new DocxError(`Das Hauptdokument „${main.target}“ fehlt in der Datei.`);
  return { name: entry.name, strictRelationship: main.type === OFFICE_DOCUMENT_TYPES.strict };
}

/** The part a package relationship points at, with its name; null where there is no such relationship or part. */
function packagePart(zip: ZipArchive, rel: Relationship | undefined): { name: string; xml: string } | null {
  const name = rel ? resolvePackageTarget(rel.target) : null;
  const xml = name === null ? null : readPart(zip, name);
  return xml === null ? null : { name: name!, xml };
}

/** The custom document properties, where the add-in keeps what the text does not show (the inquiry's arrival). */
function readCustomProperties(zip: ZipArchive, relationships: Relationship[]): Record<string, string> {
  const part = packagePart(
    zip,
    relationships.find(
      (r) => r.type === CUSTOM_PROPERTIES_TYPES.transitional || r.type === CUSTOM_PROPERTIES_TYPES.strict,
    ),
  );
  return part ? parseCustomProperties(part.xml, part.name) : {};
}

/** The part a relationship of `part` of the given type points at, resolved against the part's folder. */
function relatedPart(zip: ZipArchive, part: string, type: string): string | null {
  const folder = part.includes("/") ? part.slice(0, part.lastIndexOf("/") + 1) : "";
  const relsName = `${folder}_rels/${part.slice(folder.length)}.rels`;
  const rels = readPart(zip, relsName);
  const rel = rels === null ? undefined : parseRelationships(rels, relsName).find((r) => r.type.endsWith(type));
  if (!rel || rel.external) return null;
  const name = resolvePackageTarget(rel.target.startsWith("/") ? rel.target : folder + rel.target);
  return name === null ? null : readPart(zip, name);
}

/** Likewise a damaged core properties part costs only the title. */
function readTitle(zip: ZipArchive, relationships: Relationship[]): string {
  try {
    const part = packagePart(
      zip,
      relationships.find((r) => r.type.endsWith("/metadata/core-properties")),
    );
    return part ? parseCoreTitle(part.xml, part.name) : "";
  } catch {
    return "";
  }
}

function checkContentType(zip: ZipArchive, partName: string): void {
  const types = readPart(zip, "[Content_Types].xml");
  const type = types === null ? undefined : parseContentTypes(types)(partName);
  if (type !== undefined && !isWordMainContentType(type)) {
    throw new DocxError(`Die Datei ist kein Word-Dokument, sondern ein anderes Office-Dokument (Inhaltstyp ${type}).`);
  }
}

/** Strict OOXML declares its own namespace on the root element. */
function declaresStrictNamespace(xml: string): boolean {
  const root = /<([A-Za-z_][\w.-]*:)?document\b[^>]*>/.exec(xml.slice(0, 8192));
  return root !== null && root[0].includes(STRICT_WORD_NAMESPACE);
}

function readOrThrow(bytes: Uint8Array, limits: ZipLimits, inflater?: Inflater): DocxResult {
  checkSignature(bytes);
  const zip = new ZipArchive(bytes, limits, inflater);
  const relationships = packageRelationships(zip);
  const main = findMainPart(zip, relationships);
  checkContentType(zip, main.name);
  const xml = readPart(zip, main.name) ?? "";
  const read = readWordBody(xml);
  if (!read.ok) return { ok: false, error: read.error };
  const strict = main.strictRelationship || declaresStrictNamespace(xml);
  return {
    ok: true,
    body: read.body,
    strict,
    mainPart: main.name,
    properties: readCustomProperties(zip, relationships),
    styles: styleFactsOrNull(relatedPart(zip, main.name, "/styles")),
    title: readTitle(zip, relationships),
  };
}

/** Reads the main document's body; `limits` bound the archive (entries, inflated bytes); `inflater`: see Inflater. */
export function readDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS, inflater?: Inflater): DocxResult {
  try {
    return readOrThrow(bytes, limits, inflater);
  } catch (error) {
    if (error instanceof DocxError || error instanceof ZipError) return { ok: false, error: error.message };
    const message = error instanceof Error ? error.message : "";
    // Messages of the package parsers are German already; anything else is unexpected damage, never shown raw.
    return {
      ok: false,
      error: message.startsWith("Der Teil") ? message : "Die Datei ist beschädigt und kann nicht gelesen werden.",
    };
  }
}
