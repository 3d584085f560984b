/**
 * The package layer of a .docx (Open Packaging Conventions): relationships and content types, read with
 * the same hardened parser as the body (no DTD, so no entities), to find the main document part wherever it is.
 */
import { scanResolved } from "../ooxml/namespaces";
import { XmlError, xmlProblem } from "../ooxml/xmlScanner";

/** Package parts are flat lists: far deeper or longer than this, a part is not one. */
const PART_LIMITS = { depth: 64, elements: 200_000 };

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The officeDocument relationship in Transitional and in Strict OOXML. */
export const OFFICE_DOCUMENT_TYPES = {
  transitional: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  strict: "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
};

/** The custom-properties relationship (document properties the user or an add-in defined). */
export const CUSTOM_PROPERTIES_TYPES = {
  transitional: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
  strict: "http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties",
};

/** An attribute of the element at hand by its local name, in whatever namespace; undefined where it has none. */
export type AttributeOf = (local: string) => string | undefined;

/**
 * Calls `onElement` with each element's local name and its attributes (valid during the call); throws a German
 * one-line message on a DTD or bad XML.
 */
export function scanElements(
  xml: string,
  partName: string,
  onElement: (local: string, attribute: AttributeOf) => void,
  onText: (text: string) => void = () => undefined,
): void {
  let depth = 0;
  let elements = 0;
  try {
    scanResolved(
      xml,
      (tag) => {
        if (++depth > PART_LIMITS.depth || ++elements > PART_LIMITS.elements) {
          throw new Error(
            `Der Teil „${partName}“ ist zu tief verschachtelt oder zu lang für einen Teil seiner Art; die Datei wird nicht gelesen.`,
          );
        }
        onElement(tag.local, (local) => tag.anyAttribute(local));
      },
      () => depth--,
      (text) => onText(text.value()),
    );
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    const dtd = `Der Teil „${partName}“ enthält eine DTD; aus Sicherheitsgründen wird die Datei nicht gelesen.`;
    throw new Error(xmlProblem(error, xml, `Der Teil „${partName}“`, dtd));
  }
}

export function parseRelationships(xml: string, partName: string): Relationship[] {
  const relationships: Relationship[] = [];
  scanElements(xml, partName, (local, a) => {
    if (local !== "Relationship") return;
    relationships.push({
      id: a("Id") ?? "",
      type: (a("Type") ?? "").trim(),
      target: (a("Target") ?? "").trim(),
      external: a("TargetMode") === "External",
    });
  });
  return relationships;
}

/** Content type of a part: an Override for its name, else the Default for its extension. */
export function parseContentTypes(xml: string): (partName: string) => string | undefined {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  scanElements(xml, "[Content_Types].xml", (local, a) => {
    const name = local === "Override" ? a("PartName") : local === "Default" ? a("Extension") : undefined;
    if (name) (local === "Override" ? overrides : defaults).set(name.toLowerCase(), a("ContentType") ?? "");
  });
  return (partName) => {
    const name = `/${partName}`.toLowerCase();
    return overrides.get(name) ?? defaults.get(name.slice(name.lastIndexOf(".") + 1));
  };
}

/** The ZIP item name a relationship of the package root points at ("/word/document.xml", "./word/x.xml" → "word/…"). */
export function resolvePackageTarget(target: string): string | null {
  let path = target.split("#")[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return null; // an absolute URI points outside the package
  const parts: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.length > 0 ? parts.join("/") : null;
}

/** Main parts of WordprocessingML documents, templates and macro-enabled files (Strict uses the same types). */
export function isWordMainContentType(contentType: string): boolean {
  const type = contentType.toLowerCase();
  return type.includes("wordprocessingml") || type.startsWith("application/vnd.ms-word.");
}

/** Custom properties by name; the value is the text of the property's value element, whatever its type. */
export function parseCustomProperties(xml: string, partName: string): Record<string, string> {
  const properties: Record<string, string> = Object.create(null);
  let current: string | null = null;
  scanElements(
    xml,
    partName,
    (local, a) => {
      if (local === "property") {
        current = a("name") ?? null;
        if (current !== null) properties[current] = "";
      }
    },
    (text) => {
      if (current !== null) properties[current] += text;
    },
  );
  for (const name of Object.keys(properties)) properties[name] = properties[name].trim();
  return properties;
}

/** The title of the core properties (dc:title); "" when there is none. */
export function parseCoreTitle(xml: string, partName: string): string {
  let inTitle = false;
  let title = "";
  scanElements(
    xml,
    partName,
    (local) => void (inTitle = local === "title"),
    (text) => {
      if (inTitle) title += text;
    },
  );
  return title.trim();
}
