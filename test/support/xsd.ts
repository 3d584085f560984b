/** Offline XML Schema validation with xmllint compiled to WebAssembly (no Debian package needed by `npm test`). */
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { validateXML } from "xmllint-wasm";

import { SHARED_DIR } from "./shared";

export { SHARED_DIR };
export const OOXML_SCHEMA_DIR = path.join(SHARED_DIR, "schemas/ooxml");

export interface XsdResult {
  valid: boolean;
  errors: string[];
}

const schemaSets = new Map<string, { fileName: string; contents: string }[]>();

function schemaFiles(dir: string) {
  let files = schemaSets.get(dir);
  if (!files) {
    files = readdirSync(dir)
      .filter((name) => name.endsWith(".xsd"))
      .map((name) => ({ fileName: name, contents: readFileSync(path.join(dir, name), "utf8") }));
    schemaSets.set(dir, files);
  }
  return files;
}

/**
 * Validates `xml` (one document, or several named ones in a single call: the schema is compiled once) against
 * `entry` in `dir`, preloading every schema of the folder for its imports. Errors name their file.
 */
export async function validateWithSchema(
  dir: string,
  entry: string,
  xml: string | { name: string; xml: string }[],
): Promise<XsdResult> {
  const files = schemaFiles(dir);
  const schema = files.find((f) => f.fileName === entry);
  if (!schema) throw new Error(`${entry} not found in ${dir}`);
  const result = await validateXML({
    xml:
      typeof xml === "string"
        ? { fileName: "document.xml", contents: xml }
        : xml.map((d) => ({ fileName: d.name, contents: d.xml })),
    schema,
    preload: files.filter((f) => f !== schema),
    maxMemoryPages: 4096,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

export function validateWordprocessingML(documentXml: string | { name: string; xml: string }[]): Promise<XsdResult> {
  return validateWithSchema(OOXML_SCHEMA_DIR, "wml.xsd", documentXml);
}
